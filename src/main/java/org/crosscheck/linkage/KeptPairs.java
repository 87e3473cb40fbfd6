package org.crosscheck.linkage;

import java.util.List;
import java.util.stream.IntStream;
import org.crosscheck.linkage.block.LongList;
import org.crosscheck.linkage.cluster.Clusterer;
import org.crosscheck.linkage.cluster.CombinedEvidence;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.linkage.score.Scorer;

/**
 * Scores every candidate pair and keeps only those something after scoring reads. A million-record run scores
 * tens of millions of candidates; holding them all is what ran out of a 4 GB heap. Kept are:
 * <ul>
 * <li>pairs at or above {@code keepFrom}, the lowest of the store floor and the two thresholds: they are stored,
 * queued for review or linked;</li>
 * <li>pairs below it with strong evidence against, or at two different premises, but only where links (at or
 * above combined evidence's floor, or a person's "same") connect their two records. Only there can such a pair
 * stop the clusterer joining them; any other is a cannot-link that never bites. These are most of a large run's low pairs (two different trading names
 * sharing a phone or a director), so they are marked in a bitmap while scoring and scored again, the few needed,
 * once the links are known.</li>
 * <li>pairs across two agencies from {@link LoneRecordMisses#FLOOR} up to {@code keepFrom} where a side has no
 * link: the closest such a record came to a business, which only a person can judge. They are kept aside (see
 * {@link Kept#loneMisses()}) and read by nothing but the review queue.</li>
 * </ul>
 * The rest are counted in the blocking result only. Kept pairs are in candidate order, then those cannot-links.
 *
 * <p>An incremental run takes the stored comparisons of pairs whose records did not change and weighs them again
 * (the frequencies of names and addresses move with a refreshed source). The last run stored only pairs from the
 * store floor up, so a cannot-link it read but did not store (two company numbers, two trading names) is compared
 * again wherever links now reach both its records; dropped instead, a relink with nothing changed joined 74 of
 * the sample partnership's records to other businesses.
 */
final class KeptPairs {
    /** Candidates scored per chunk in parallel; a multiple of 64, so each chunk owns whole words of the bitmap. */
    private static final int CHUNK = 1 << 16;

    private KeptPairs() {
    }

    /**
     * The pairs kept, and aside from them the near misses of records that no link joins. A pair of unchanged
     * records compared again is no longer marked reused.
     */
    record Kept(ScoredPairs pairs, ScoredPairs loneMisses) {
    }

    static Kept score(Scorer scorer, List<Comparison> comparisons, List<StdRecord> records, long[] candidates,
                      long[] vectors, boolean[] reused, PriorState prior, double keepFrom, double matchThreshold,
                      List<Clusterer.IndexPair> humanSame,
                      java.util.function.Predicate<ScoredPair> keepApart) {
        long[] lowAgainst = new long[(candidates.length + 63) / 64];
        long[] lowNear = new long[lowAgainst.length];
        long[] notStored = new long[lowAgainst.length];
        int chunks = (candidates.length + CHUNK - 1) / CHUNK;
        ScoredPairs[] parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            int from = c * CHUNK;
            int to = Math.min(candidates.length, from + CHUNK);
            ScoredPairs part = new ScoredPairs();
            for (int k = from; k < to; k++) {
                ScoredPair p = score(scorer, records, candidates[k], vectors[k], reused != null && reused[k], prior);
                if (p == null) {
                    notStored[k >>> 6] |= 1L << k;
                    continue;
                }
                if (p.probability() >= keepFrom) {
                    part.add(p);
                } else if (p.strongAgainst() || keepApart.test(p)) {
                    lowAgainst[k >>> 6] |= 1L << k;
                } else if (p.probability() >= LoneRecordMisses.FLOOR
                        && records.get(p.left()).sourceId() != records.get(p.right()).sourceId()) {
                    lowNear[k >>> 6] |= 1L << k;
                }
            }
            return part;
        }).toArray(ScoredPairs[]::new);
        ScoredPairs kept = new ScoredPairs();
        for (ScoredPairs part : parts) {
            kept.addAll(part);
        }

        // combined evidence may join businesses through pairs down to its floor, so that is where a pair kept
        // apart can still bite
        int[] reach = linkedComponents(records.size(), kept, Math.min(matchThreshold, CombinedEvidence.FLOOR),
                humanSame);
        for (int w = 0; w < lowAgainst.length; w++) {
            for (long bits = lowAgainst[w]; bits != 0; bits &= bits - 1) {
                int k = w * 64 + Long.numberOfTrailingZeros(bits);
                if (find(reach, LongList.left(candidates[k])) == find(reach, LongList.right(candidates[k]))) {
                    kept.add(score(scorer, records, candidates[k], vectors[k], reused != null && reused[k], prior));
                }
            }
        }
        int[] again = notStoredInReach(notStored, candidates, reach);
        ScoredPair[] comparedAgain = new ScoredPair[again.length];
        IntStream.range(0, again.length).parallel().forEach(j -> {
            int k = again[j];
            StdRecord a = records.get(LongList.left(candidates[k]));
            StdRecord b = records.get(LongList.right(candidates[k]));
            vectors[k] = ComparisonVector.compute(comparisons, a, b);
            reused[k] = false;
            comparedAgain[j] = scorer.score(a, b, vectors[k]);
        });
        for (ScoredPair p : comparedAgain) {
            if (p.probability() >= keepFrom || p.strongAgainst() || keepApart.test(p)) {
                kept.add(p);
            }
        }
        boolean[] linked = new boolean[records.size()];
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.isStrongAgainst(i) && kept.probability(i) >= matchThreshold) {
                linked[kept.left(i)] = true;
                linked[kept.right(i)] = true;
            }
        }
        humanSame.forEach(p -> {
            linked[p.left()] = true;
            linked[p.right()] = true;
        });
        ScoredPairs loneMisses = new ScoredPairs();
        for (int w = 0; w < lowNear.length; w++) {
            for (long bits = lowNear[w]; bits != 0; bits &= bits - 1) {
                int k = w * 64 + Long.numberOfTrailingZeros(bits);
                if (!linked[LongList.left(candidates[k])] || !linked[LongList.right(candidates[k])]) {
                    loneMisses.add(score(scorer, records, candidates[k], vectors[k], reused != null && reused[k],
                            prior));
                }
            }
        }
        return new Kept(kept, loneMisses);
    }

    /** The candidates, in order, that the last run did not store and whose two records links now reach. */
    private static int[] notStoredInReach(long[] notStored, long[] candidates, int[] reach) {
        IntStream.Builder out = IntStream.builder();
        for (int w = 0; w < notStored.length; w++) {
            for (long bits = notStored[w]; bits != 0; bits &= bits - 1) {
                int k = w * 64 + Long.numberOfTrailingZeros(bits);
                if (find(reach, LongList.left(candidates[k])) == find(reach, LongList.right(candidates[k]))) {
                    out.add(k);
                }
            }
        }
        return out.build().toArray();
    }

    /**
     * Union-find parents joining every pair the clusterer could link: pairs from {@code joinFrom} up (accepted
     * links, and the weaker links combined evidence reads) and a person's "same".
     */
    private static int[] linkedComponents(int recordCount, ScoredPairs kept, double joinFrom,
                                          List<Clusterer.IndexPair> humanSame) {
        int[] parent = new int[recordCount];
        for (int i = 0; i < recordCount; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < kept.size(); i++) {
            ScoredPair p = kept.get(i);
            if (!p.strongAgainst() && p.probability() >= joinFrom) {
                parent[find(parent, p.left())] = find(parent, p.right());
            }
        }
        for (Clusterer.IndexPair p : humanSame) {
            parent[find(parent, p.left())] = find(parent, p.right());
        }
        return parent;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * One candidate's score: from its comparisons made now, or (incremental, neither record changed) from those
     * the last run stored, weighed with today's frequencies; null when the last run did not store the pair.
     */
    static ScoredPair score(Scorer scorer, List<StdRecord> records, long candidate, long vector, boolean reused,
                            PriorState prior) {
        int a = LongList.left(candidate);
        int b = LongList.right(candidate);
        if (!reused) {
            return scorer.score(records.get(a), records.get(b), vector);
        }
        PriorState.PreviousScore old = prior.previousScores().get(PriorState.pairKey(records.get(a).id(),
                records.get(b).id()));
        return old == null ? null : scorer.score(records.get(a), records.get(b), old.vector());
    }
}
