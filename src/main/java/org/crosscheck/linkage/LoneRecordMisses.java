package org.crosscheck.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.linkage.score.ScoredPairs;

/**
 * The near misses of records that linking left alone, kept below the store floor for the review queue: for each
 * such record, its strongest few pairs with another agency's record whose business holds no record of its agency
 * yet. A fire audit with no trading name and a tax record holding only a postcode score well below the floor, yet
 * a person reading both can often tell. Only these are kept (measured on the sample partnership: 1,041 pairs,
 * where keeping every pair from {@link #FLOOR} up would store 7,000 more), and nothing but the queue reads them.
 */
final class LoneRecordMisses {
    /** Probability 0..1 from which a lone record's pair may be kept. */
    static final double FLOOR = 0.001;
    /** Most pairs kept for one lone record. */
    static final int PER_RECORD = 5;

    private LoneRecordMisses() {
    }

    /**
     * @param candidates pairs across two agencies from {@link #FLOOR} up, a side of which no link joins
     * @param clusterOf  each record's cluster after clustering
     * @return the kept pairs, each once
     */
    static ScoredPairs select(ScoredPairs candidates, int[] clusterOf, List<StdRecord> records, int perRecord) {
        // clusters are named by a member's index: sizes fit an array; sources are gathered only for the clusters
        // a candidate reaches, not for each of a million records' clusters
        int[] clusterSize = new int[clusterOf.length];
        for (int cluster : clusterOf) {
            clusterSize[cluster]++;
        }
        Map<Integer, Set<Integer>> clusterSources = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            clusterSources.put(clusterOf[candidates.left(i)], new HashSet<>());
            clusterSources.put(clusterOf[candidates.right(i)], new HashSet<>());
        }
        for (int i = 0; i < clusterOf.length; i++) {
            Set<Integer> sources = clusterSources.get(clusterOf[i]);
            if (sources != null) {
                sources.add(records.get(i).sourceId());
            }
        }
        Map<Integer, List<Integer>> byLoneRecord = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            int a = candidates.left(i);
            int b = candidates.right(i);
            if (clusterOf[a] == clusterOf[b]) {
                continue;
            }
            for (int[] sides : new int[][] {{a, b}, {b, a}}) {
                int lone = sides[0];
                int other = sides[1];
                if (clusterSize[clusterOf[lone]] == 1
                        && !clusterSources.get(clusterOf[other]).contains(records.get(lone).sourceId())) {
                    byLoneRecord.computeIfAbsent(lone, r -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Integer> chosen = new java.util.TreeSet<>();
        byLoneRecord.values().forEach(pairs -> {
            pairs.sort((x, y) -> Double.compare(candidates.weight(y), candidates.weight(x)));
            chosen.addAll(pairs.subList(0, Math.min(perRecord, pairs.size())));
        });
        ScoredPairs kept = new ScoredPairs();
        chosen.forEach(i -> kept.add(candidates.get(i)));
        return kept;
    }
}
