package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
        return cluster(recordCount, pairs, threshold, humanSame, humanDifferent, p -> false, null,
                new boolean[recordCount]);
    }

    /**
     * As above, with the engine's further knowledge of the records.
     *
     * @param keepApart  pairs that must not end up in one business although their evidence against is not strong
     *                   enough to reject the pair itself (two different premises)
     * @param evidence   when not null, businesses whose records together agree strongly enough are then joined
     *                   (see CombinedEvidence)
     * @param superseded records of companies a successor replaced: their links are made after all others, so
     *                   that records fitting both a company and its successor join the successor
     */
    public Clustering cluster(int recordCount, List<ScoredPair> pairs, double threshold, List<IndexPair> humanSame,
                              List<IndexPair> humanDifferent, Predicate<ScoredPair> keepApart,
                              CombinedEvidence.PairEvidence evidence, boolean[] superseded) {
        Set<Long> decided = new HashSet<>();
        humanSame.forEach(p -> decided.add(key(p.left(), p.right())));
        humanDifferent.forEach(p -> decided.add(key(p.left(), p.right())));
        List<ScoredPair> accepted = new ArrayList<>();
        List<ScoredPair> apart = new ArrayList<>();
        for (ScoredPair p : pairs) {
            if (decided.contains(key(p.left(), p.right()))) {
                continue;
            }
            if (p.strongAgainst()) {
                apart.add(p);
            } else if (p.probability() >= threshold) {
                accepted.add(p);
            } else if (keepApart.test(p)) {
                apart.add(p);
            }
        }
        // a pair kept apart matters only when accepted links could join it: checking that first keeps the
        // cannot-link lists small on a million records
        CannotLinkUnionFind reach = new CannotLinkUnionFind(recordCount);
        humanSame.forEach(p -> reach.union(p.left(), p.right()));
        accepted.forEach(p -> reach.union(p.left(), p.right()));

        CannotLinkUnionFind uf = new CannotLinkUnionFind(recordCount);
        humanDifferent.forEach(p -> uf.cannotLink(p.left(), p.right()));
        for (ScoredPair p : apart) {
            if (reach.find(p.left()) == reach.find(p.right())) {
                uf.cannotLink(p.left(), p.right());
            }
        }
        int refused = 0;
        for (IndexPair p : humanSame) {
            if (!uf.union(p.left(), p.right())) {
                refused++;
            }
        }
        accepted.sort(Comparator.comparingDouble(ScoredPair::weight).reversed());
        // links of companies a successor replaced wait until every other link is made (see SupersededCompanies)
        for (int pass = 0; pass < 2; pass++) {
            for (ScoredPair p : accepted) {
                boolean late = superseded[p.left()] || superseded[p.right()];
                if (late == (pass == 1) && !uf.union(p.left(), p.right())) {
                    refused++;
                }
            }
        }
        if (evidence != null) {
            refused += CombinedEvidence.join(uf, pairs, decided, keepApart, evidence, threshold);
        }
        int[] clusterOf = new int[recordCount];
        for (int i = 0; i < recordCount; i++) {
            clusterOf[i] = uf.find(i);
        }
        return new Clustering(clusterOf, refused);
    }

    static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    }
}
