package org.crosscheck.linkage.score;

import java.util.List;

/**
 * The trained match model: for each comparison and level, m (probability of that level among true matches) and
 * u (among non-matches), and lambda, the share of candidate pairs that are matches. Level 0 (missing) is neutral
 * and has no m/u. Saved as JSON with every run, so the run can be reproduced. Immutable; arrays are not exposed
 * for writing.
 *
 * @param comparisons comparison names, in vector order
 * @param m           m[c][level], 0..1
 * @param u           u[c][level], 0..1
 * @param lambda      prior probability that a candidate pair is a match, 0..1
 */
public record FellegiSunterModel(List<String> comparisons, double[][] m, double[][] u, double lambda) {

    /** Smallest probability used in a ratio, so a level never seen among (non-)matches gives a finite weight. */
    public static final double FLOOR = 1e-6;

    /**
     * Whether this model was trained for {@code comparisonNames} with these level counts: a model saved by an
     * earlier version, whose comparisons had other levels, cannot score today's pairs.
     */
    public boolean fits(List<String> comparisonNames, int[] levelCounts) {
        if (!comparisons.equals(comparisonNames) || m.length != levelCounts.length) {
            return false;
        }
        for (int c = 0; c < levelCounts.length; c++) {
            if (m[c].length != levelCounts[c] || u[c].length != levelCounts[c]) {
                return false;
            }
        }
        return true;
    }

    /** log2(m/u) of a level, the evidence it gives in bits; 0 for missing. */
    public double weight(int comparison, int level) {
        if (level == 0) {
            return 0;
        }
        return log2(Math.max(m[comparison][level], FLOOR) / Math.max(u[comparison][level], FLOOR));
    }

    /** As {@link #weight}, with the value's own frequency in place of u (term-frequency adjustment). */
    public double weightWithFrequency(int comparison, int level, double frequency) {
        return log2(Math.max(m[comparison][level], FLOOR) / Math.max(frequency, FLOOR));
    }

    /** The prior in bits: log2(lambda / (1 - lambda)). */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Probability 0..1 from a match weight in bits. */
    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }
}
