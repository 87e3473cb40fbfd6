package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.linkage.score.ScoredPair;

/**
 * Groups records into business entities: connected components of the accepted links, built strongest link first,
 * never joining across a pair with strong evidence against it or a pair a person marked "not a match". Human
 * "match" decisions are joined first and override the engine's evidence against.
 */
public final class Clusterer {

    /** A pair of record indexes decided by a person. */
    public record IndexPair(int left, int right) {
    }

    /** The result: each record's cluster (an index of one of its members) and how many links were refused. */
    public record Clustering(int[] clusterOf, int refusedLinks) {
    }

    /**
     * @param recordCount   records in the run
     * @param pairs         scored candidate pairs
     * @param threshold     probability at or above which a pair is linked automatically, 0..1
     * @param humanSame     pairs a person said are the same business
     * @param humanDifferent pairs a person said are different businesses
     */
    public Clustering cluster(int recordCount, List<ScoredPair> pairs, double threshold, List<IndexPair> humanSame,
                              List<IndexPair> humanDifferent) {
        CannotLinkUnionFind uf = new CannotLinkUnionFind(recordCount);
        humanDifferent.forEach(p -> uf.cannotLink(p.left(), p.right()));
        int refused = 0;
        for (IndexPair p : humanSame) {
            if (!uf.union(p.left(), p.right())) {
                refused++;
            }
        }
        java.util.Set<Long> decided = new java.util.HashSet<>();
        humanSame.forEach(p -> decided.add(key(p.left(), p.right())));
        humanDifferent.forEach(p -> decided.add(key(p.left(), p.right())));
        List<ScoredPair> accepted = new ArrayList<>();
        for (ScoredPair p : pairs) {
            if (decided.contains(key(p.left(), p.right()))) {
                continue;
            }
            if (p.strongAgainst()) {
                uf.cannotLink(p.left(), p.right());
            } else if (p.probability() >= threshold) {
                accepted.add(p);
            }
        }
        accepted.sort(Comparator.comparingDouble(ScoredPair::weight).reversed());
        for (ScoredPair p : accepted) {
            if (!uf.union(p.left(), p.right())) {
                refused++;
            }
        }
        int[] clusterOf = new int[recordCount];
        for (int i = 0; i < recordCount; i++) {
            clusterOf[i] = uf.find(i);
        }
        return new Clustering(clusterOf, refused);
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    }
}
