package org.crosscheck.linkage.train;

import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.score.FellegiSunterModel;

/**
 * Re-estimates m, each level's probability among true matches, as one EM M-step in which people's decisions are
 * clamped: m[c][level] = Σ w·[level] / Σ w over the pairs not missing on comparison c, where w is a pair's weight
 * as a match (1 for a pair decided "same business", 0 for "different", its probability for an undecided pair).
 * Learning from the decided pairs alone would be biased: they come from the review queue, the hard cases, so they
 * disagree far more often than matches at large (measured on the sample: m from 38 labels alone moved 150 review
 * pairs, 104 of them the wrong way). A comparison no weighted pair says anything about keeps its m; u (from random
 * pairs) and lambda are kept. Pure; thread-safe.
 */
public final class LabelledMEstimator {
    private LabelledMEstimator() {
    }

    /**
     * @param vectors comparison vectors of the candidate pairs (and of decided pairs blocking did not pair)
     * @param weights each pair's weight as a match, 0..1, same order
     */
    public static FellegiSunterModel estimate(FellegiSunterModel model, long[] vectors, double[] weights) {
        double[][] m = new double[model.m().length][];
        for (int c = 0; c < m.length; c++) {
            double[] trained = model.m()[c];
            double[] sums = new double[trained.length];
            double total = 0;
            for (int k = 0; k < vectors.length; k++) {
                int level = ComparisonVector.level(vectors[k], c);
                if (level > 0 && level < sums.length && weights[k] > 0) {
                    sums[level] += weights[k];
                    total += weights[k];
                }
            }
            if (total == 0) {
                m[c] = trained.clone();
                continue;
            }
            m[c] = new double[trained.length];
            for (int level = 1; level < trained.length; level++) {
                m[c][level] = Math.max(sums[level] / total, FellegiSunterModel.FLOOR);
            }
        }
        return new FellegiSunterModel(model.comparisons(), m, model.u(), model.lambda());
    }
}
