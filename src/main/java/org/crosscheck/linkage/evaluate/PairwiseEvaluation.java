package org.crosscheck.linkage.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of records counts as found when
 * both sit in one predicted entity, and as true when both belong to one real business. {@code counts} restricts
 * which pairs are judged (e.g. only pairs across two sources, as the Fodors-Zagat gold standard lists).
 */
public record PairwiseEvaluation(long truePositives, long falsePositives, long falseNegatives) {

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * @param predicted entity of each record id
     * @param truth     true business of each record id (records absent are their own business)
     * @param counts    which pairs of record ids are judged
     */
    public static PairwiseEvaluation of(Map<Long, Long> predicted, Map<Long, String> truth,
                                        BiPredicate<Long, Long> counts) {
        long tp = 0;
        long fp = 0;
        for (List<Long> members : groups(predicted).values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    long a = members.get(i);
                    long b = members.get(j);
                    if (!counts.test(a, b)) {
                        continue;
                    }
                    String ta = truth.get(a);
                    if (ta != null && ta.equals(truth.get(b))) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
        }
        long truePairs = 0;
        for (List<Long> members : groups(truth).values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (counts.test(members.get(i), members.get(j))) {
                        truePairs++;
                    }
                }
            }
        }
        return new PairwiseEvaluation(tp, fp, truePairs - tp);
    }

    /**
     * As {@link #of} with every pair judged, counted from the sizes of the overlaps of predicted entities and true
     * businesses rather than pair by pair, so a benchmark's million records with an over-merged entity of thousands
     * are scored in linear time.
     */
    public static PairwiseEvaluation ofAllPairs(Map<Long, Long> predicted, Map<Long, String> truth) {
        Map<Long, Long> entitySizes = new HashMap<>();
        Map<String, Long> businessSizes = new HashMap<>();
        Map<String, Long> overlapSizes = new HashMap<>();
        predicted.forEach((record, entity) -> {
            entitySizes.merge(entity, 1L, Long::sum);
            String business = truth.get(record);
            if (business != null) {
                overlapSizes.merge(entity + "|" + business, 1L, Long::sum);
            }
        });
        truth.forEach((record, business) -> businessSizes.merge(business, 1L, Long::sum));
        long foundPairs = pairsIn(entitySizes.values());
        long truePositives = pairsIn(overlapSizes.values());
        long truePairs = pairsIn(businessSizes.values());
        return new PairwiseEvaluation(truePositives, foundPairs - truePositives, truePairs - truePositives);
    }

    private static long pairsIn(Iterable<Long> groupSizes) {
        long pairs = 0;
        for (long n : groupSizes) {
            pairs += n * (n - 1) / 2;
        }
        return pairs;
    }

    private static <K> Map<K, List<Long>> groups(Map<Long, K> membership) {
        Map<K, List<Long>> groups = new HashMap<>();
        membership.forEach((record, group) -> groups.computeIfAbsent(group, g -> new ArrayList<>()).add(record));
        return groups;
    }

    @Override
    public String toString() {
        return String.format("precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
