package org.crosscheck.linkage.cluster;

/**
 * Union-find over record indexes that refuses a union joining two records someone said must stay apart.
 * Each root keeps the cannot-link partners of all its members (both ways), merged smaller into larger, so a
 * union check costs the smaller list. Not thread-safe.
 */
final class CannotLinkUnionFind {
    private final int[] parent;
    private final int[] size;
    private final IntList[] cannot;

    CannotLinkUnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        cannot = new IntList[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** How many records the cluster rooted at {@code root} holds. */
    int sizeOf(int root) {
        return size[root];
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
        IntList la = cannot[ra];
        IntList lb = cannot[rb];
        IntList shorter = la == null ? lb : lb == null ? la : la.size() <= lb.size() ? la : lb;
        int other = shorter == la ? rb : ra;
        if (shorter != null) {
            for (int k = 0; k < shorter.size(); k++) {
                if (find(shorter.get(k)) == other) {
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
        IntList moved = cannot[rb];
        if (moved != null) {
            partners(ra).addAll(moved);
            cannot[rb] = null;
        }
        return true;
    }

    private IntList partners(int root) {
        IntList list = cannot[root];
        if (list == null) {
            list = new IntList(2);
            cannot[root] = list;
        }
        return list;
    }
}
