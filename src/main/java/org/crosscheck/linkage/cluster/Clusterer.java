package org.crosscheck.linkage.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;

/**
 * Groups records into business entities: connected components of the accepted links, built strongest link first,
 * never joining across a pair with strong evidence against it, two different premises, or a pair a person marked
 * "not a match". Human "match" decisions are joined first and override the engine's evidence against.
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
        return cluster(recordCount, ScoredPairs.of(pairs), threshold, humanSame, humanDifferent, p -> false, null,
                new boolean[recordCount], Premises.NONE);
    }

    /** As below, over a list of pairs (for tests and small runs). */
    public Clustering cluster(int recordCount, List<ScoredPair> pairs, double threshold, List<IndexPair> humanSame,
                              List<IndexPair> humanDifferent, Predicate<ScoredPair> keepApart,
                              CombinedEvidence.PairEvidence evidence, boolean[] superseded, Premises premises) {
        return cluster(recordCount, ScoredPairs.of(pairs), threshold, humanSame, humanDifferent, keepApart, evidence,
                superseded, premises);
    }

    /**
     * Clusters pairs held in primitive arrays, without an object per pair: on a million records tens of millions
     * of pairs are linked or kept apart.
     *
     * @param keepApart  pairs that must not end up in one business although their evidence against is not strong
     *                   enough to reject the pair itself (two different premises)
     * @param evidence   when not null, businesses whose records together agree strongly enough are then joined
     *                   (see CombinedEvidence)
     * @param superseded records of companies a successor replaced: they are linked only to one another, so that
     *                   records fitting both a company and its successor join the successor
     * @param premises   where records trade from: two records at different premises that accepted links could
     *                   bring together are kept apart though no pair compared them
     */
    public Clustering cluster(int recordCount, ScoredPairs pairs, double threshold, List<IndexPair> humanSame,
                              List<IndexPair> humanDifferent, Predicate<ScoredPair> keepApart,
                              CombinedEvidence.PairEvidence evidence, boolean[] superseded, Premises premises) {
        Set<Long> decided = new HashSet<>();
        humanSame.forEach(p -> decided.add(key(p.left(), p.right())));
        humanDifferent.forEach(p -> decided.add(key(p.left(), p.right())));
        IntList accepted = new IntList();
        IntList against = new IntList();
        for (int i = 0; i < pairs.size(); i++) {
            if (!decided.isEmpty() && decided.contains(key(pairs.left(i), pairs.right(i)))) {
                continue;
            }
            if (pairs.isStrongAgainst(i)) {
                against.add(i);
            } else if (pairs.probability(i) >= threshold) {
                accepted.add(i);
            }
        }
        // a pair kept apart can only refuse a link where accepted links could join its two records: the others
        // are left out, which keeps the cannot-link lists small on a million records and changes nothing
        CannotLinkUnionFind reach = new CannotLinkUnionFind(recordCount);
        humanSame.forEach(p -> reach.union(p.left(), p.right()));
        for (int k = 0; k < accepted.size(); k++) {
            reach.union(pairs.left(accepted.get(k)), pairs.right(accepted.get(k)));
        }

        CannotLinkUnionFind uf = new CannotLinkUnionFind(recordCount);
        humanDifferent.forEach(p -> uf.cannotLink(p.left(), p.right()));
        // a person's "same" is joined before the engine's evidence against is read: the engine's doubts about two
        // other records of those businesses then refuse the engine's own weaker links, which the review queue
        // shows, rather than the person's decision
        int refused = 0;
        for (IndexPair p : humanSame) {
            if (!uf.union(p.left(), p.right())) {
                refused++;
            }
        }
        for (int k = 0; k < against.size(); k++) {
            int a = pairs.left(against.get(k));
            int b = pairs.right(against.get(k));
            if (reach.find(a) == reach.find(b)) {
                uf.cannotLink(a, b);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            // two premises: asked only where it could matter, as asking means reading both records
            int a = pairs.left(i);
            int b = pairs.right(i);
            if (!pairs.isStrongAgainst(i) && pairs.probability(i) < threshold && reach.find(a) == reach.find(b)
                    && (decided.isEmpty() || !decided.contains(key(a, b))) && keepApart.test(pairs.get(i))) {
                uf.cannotLink(a, b);
            }
        }
        PremisesKeptApart.keep(recordCount, pairs, accepted, uf, premises, decided);
        int[] order = strongestFirst(pairs, accepted);
        for (int i : order) {
            // a company a successor replaced keeps only its own records (see SupersededCompanies)
            if (superseded[pairs.left(i)] == superseded[pairs.right(i)] && !uf.union(pairs.left(i), pairs.right(i))) {
                refused++;
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

    /**
     * The accepted pairs by weight, highest first, pairs of equal weight in their original order (a stable sort:
     * which of two equal links is refused at a cannot-link must not depend on the sort). Sorted as primitives: each
     * pair becomes (rank of its weight among the distinct weights, from the top) then (its position).
     */
    private static int[] strongestFirst(ScoredPairs pairs, IntList accepted) {
        int count = accepted.size();
        double[] distinct = new double[count];
        for (int k = 0; k < count; k++) {
            distinct[k] = pairs.weight(accepted.get(k));
        }
        java.util.Arrays.parallelSort(distinct);
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (n == 0 || Double.compare(distinct[k], distinct[n - 1]) != 0) {
                distinct[n++] = distinct[k];
            }
        }
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            long rankFromTop = n - 1 - java.util.Arrays.binarySearch(distinct, 0, n, pairs.weight(accepted.get(k)));
            keys[k] = (rankFromTop << 32) | k;
        }
        java.util.Arrays.parallelSort(keys);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = accepted.get((int) keys[k]);
        }
        return order;
    }

    static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    }
}
