package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;

/**
 * Joins a record to a business that no single pair of records links, when the business's records together say it
 * is the same.
 * A company registered at a formation agent's office shares its name with the café's food registration and its
 * director with the police licence holder: each pair alone is a weak match (name only, person only), but the
 * business as a whole agrees on both. For each comparison the best agreement among the cross pairs that could
 * compare it is taken (a business has several records, each telling part of the story), and those, with the prior,
 * give the businesses' combined weight. Pairs with evidence against, or two premises, still keep businesses apart.
 */
public final class CombinedEvidence {

    /** Each comparison's bits for a pair, and which comparisons the pair could not compare. */
    public interface PairEvidence {
        /** Bits of each comparison for the pair; {@code NaN} where a side lacks the field (no evidence either way). */
        double[] partialWeights(ScoredPair pair);

        double priorWeight();
    }

    /** Pairs below this probability carry no agreement worth combining and are not read, to keep this cheap. */
    public static final double FLOOR = 0.01;

    private CombinedEvidence() {
    }

    /**
     * @return how many joins were refused by evidence against
     */
    static int join(CannotLinkUnionFind uf, ScoredPairs pairs, Set<Long> decided, Predicate<ScoredPair> apart,
                    PairEvidence evidence, double threshold) {
        Map<Long, double[]> best = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            double probability = pairs.probability(i);
            if (pairs.isStrongAgainst(i) || probability < FLOOR || probability >= threshold
                    || decided.contains(Clusterer.key(pairs.left(i), pairs.right(i)))) {
                continue;
            }
            int ra = uf.find(pairs.left(i));
            int rb = uf.find(pairs.right(i));
            if (ra == rb || (uf.sizeOf(ra) > 1 && uf.sizeOf(rb) > 1)) {
                // one record joining a business only: between two businesses of several records each, the best
                // agreement on each field over many pairs would always find something (measured: at 100,000
                // records, joining businesses so dropped precision to 0.07)
                continue;
            }
            double[] bits = evidence.partialWeights(pairs.get(i));
            double[] max = best.computeIfAbsent(Clusterer.key(ra, rb), k -> nanArray(bits.length));
            for (int c = 0; c < bits.length; c++) {
                if (!Double.isNaN(bits[c]) && (Double.isNaN(max[c]) || bits[c] > max[c])) {
                    max[c] = bits[c];
                }
            }
        }
        List<Candidate> joins = new ArrayList<>();
        Set<Integer> involved = new HashSet<>();
        best.forEach((key, max) -> {
            double weight = evidence.priorWeight();
            for (double b : max) {
                if (!Double.isNaN(b)) {
                    weight += b;
                }
            }
            if (probability(weight) >= threshold) {
                int a = (int) (key >>> 32);
                int b = (int) (key & 0xffffffffL);
                joins.add(new Candidate(a, b, weight));
                involved.add(a);
                involved.add(b);
            }
        });
        if (joins.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < pairs.size(); i++) {
            int a = pairs.left(i);
            int b = pairs.right(i);
            if (involved.contains(uf.find(a)) && involved.contains(uf.find(b)) && uf.find(a) != uf.find(b)
                    && (pairs.isStrongAgainst(i) || apart.test(pairs.get(i)))
                    && !decided.contains(Clusterer.key(a, b))) {
                uf.cannotLink(a, b);
            }
        }
        joins.sort(Comparator.comparingDouble(Candidate::weight).reversed());
        int refused = 0;
        for (Candidate j : joins) {
            if (!uf.union(j.a(), j.b())) {
                refused++;
            }
        }
        return refused;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    private record Candidate(int a, int b, double weight) {
    }
}
