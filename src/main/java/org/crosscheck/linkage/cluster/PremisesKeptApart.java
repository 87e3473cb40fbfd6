package org.crosscheck.linkage.cluster;

import java.util.Set;
import org.crosscheck.linkage.score.ScoredPairs;

/**
 * Keeps records at different premises out of one business though no candidate pair compared them, for the
 * clusterer: blocking pairs "The Crown & Anchor" only within a district, so two pubs of that name elsewhere are never
 * compared, yet a record naming only the pub links to both.
 */
final class PremisesKeptApart {
    /** Most records with known premises in one reach of accepted links that are compared with each other. */
    static final int MAX_PREMISES_COMPARED = 400;

    private PremisesKeptApart() {
    }

    /**
     * Within each group of records that the engine's accepted links could join, two records at different premises
     * that no accepted link joins directly are kept apart. A person's "same" is not such a link: two businesses a
     * person merged keep their premises, and their records stay together. A group with more records of known
     * premises than {@link #MAX_PREMISES_COMPARED} is left to the pairs' own evidence, to bound the work.
     */
    static void keep(int recordCount, ScoredPairs pairs, IntList accepted, CannotLinkUnionFind uf, Premises premises,
                     Set<Long> decided) {
        CannotLinkUnionFind linked = new CannotLinkUnionFind(recordCount);
        for (int k = 0; k < accepted.size(); k++) {
            linked.union(pairs.left(accepted.get(k)), pairs.right(accepted.get(k)));
        }
        long[] acceptedKeys = acceptedKeys(pairs, accepted);
        java.util.Map<Integer, IntList> known = new java.util.HashMap<>();
        for (int i = 0; i < recordCount; i++) {
            if (premises.isKnown(i) && linked.sizeOf(linked.find(i)) > 1) {
                known.computeIfAbsent(linked.find(i), r -> new IntList()).add(i);
            }
        }
        for (IntList group : known.values()) {
            if (group.size() < 2 || group.size() > MAX_PREMISES_COMPARED) {
                continue;
            }
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x);
                    int b = group.get(y);
                    long k = Clusterer.key(a, b);
                    if (uf.find(a) != uf.find(b) && premises.areDifferent(a, b)
                            && java.util.Arrays.binarySearch(acceptedKeys, k) < 0 && !decided.contains(k)) {
                        uf.cannotLink(a, b);
                    }
                }
            }
        }
    }

    private static long[] acceptedKeys(ScoredPairs pairs, IntList accepted) {
        long[] keys = new long[accepted.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = Clusterer.key(pairs.left(accepted.get(k)), pairs.right(accepted.get(k)));
        }
        java.util.Arrays.sort(keys);
        return keys;
    }
}
