package org.crosscheck.linkage.train;

import java.util.List;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.score.FellegiSunterModel;

/**
 * Re-estimates m, each level's probability among true matches, from the pairs people said are the same business
 * (Splink's "estimate m from pairwise labels"). The labelled pairs come mostly from the review queue, the hard
 * cases, so on their own they would understate how often real matches agree; each comparison's labelled counts are
 * therefore blended with the trained m as {@code priorPairs} pseudo-pairs:
 * m' = (n_level + priorPairs × m) / (n + priorPairs), where n counts labelled pairs not missing on that comparison.
 * A comparison missing on every labelled pair keeps its trained m; u (from random pairs) and lambda are kept. Pure; thread-safe.
 */
public final class LabelledMEstimator {
    private final double priorPairs;

    /** @param priorPairs weight of the trained m, in labelled pairs (≥ 0) */
    public LabelledMEstimator(double priorPairs) {
        this.priorPairs = priorPairs;
    }

    /** The model with m re-estimated from the comparison vectors of pairs labelled "same business". */
    public FellegiSunterModel estimate(FellegiSunterModel model, List<Long> sameVectors) {
        double[][] m = new double[model.m().length][];
        for (int c = 0; c < m.length; c++) {
            double[] trained = model.m()[c];
            double[] counts = new double[trained.length];
            double n = 0;
            for (long v : sameVectors) {
                int level = ComparisonVector.level(v, c);
                if (level > 0 && level < counts.length) {
                    counts[level]++;
                    n++;
                }
            }
            if (n == 0) {
                // no labelled pair says anything about this comparison: keep what training found
                m[c] = trained.clone();
                continue;
            }
            m[c] = new double[trained.length];
            for (int level = 1; level < trained.length; level++) {
                m[c][level] = (counts[level] + priorPairs * trained[level]) / (n + priorPairs);
            }
        }
        return new FellegiSunterModel(model.comparisons(), m, model.u(), model.lambda());
    }
}
