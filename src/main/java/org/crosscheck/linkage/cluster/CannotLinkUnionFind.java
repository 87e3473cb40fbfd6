package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over record indexes that refuses a union joining two records someone said must stay apart.
 * Each root keeps the cannot-link partners of all its members (both ways), merged smaller into larger, so a
 * union check costs the smaller list. Not thread-safe.
 */
final class CannotLinkUnionFind {
    private final int[] parent;
    private final int[] size;
    private final List<List<Integer>> cannot;

    CannotLinkUnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        cannot = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            cannot.add(null);
        }
    }

    int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    /** Records that {@code a} and {@code b} must never end up in one cluster. */
    void cannotLink(int a, int b) {
        partners(find(a)).add(b);
        partners(find(b)).add(a);
    }

    /** Joins the clusters of a and b unless that would put a cannot-link pair together; true if joined. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        List<Integer> la = cannot.get(ra);
        List<Integer> lb = cannot.get(rb);
        List<Integer> shorter = la == null ? lb : lb == null ? la : la.size() <= lb.size() ? la : lb;
        int other = shorter == la ? rb : ra;
        if (shorter != null) {
            for (int x : shorter) {
                if (find(x) == other) {
                    return false;
                }
            }
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        List<Integer> moved = cannot.get(rb);
        if (moved != null) {
            partners(ra).addAll(moved);
            cannot.set(rb, null);
        }
        return true;
    }

    private List<Integer> partners(int root) {
        List<Integer> list = cannot.get(root);
        if (list == null) {
            list = new ArrayList<>(2);
            cannot.set(root, list);
        }
        return list;
    }
}
