package org.crosscheck.linkage.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Estimates m and lambda by expectation-maximisation over the blocked pairs, with u held fixed (as Splink does):
 * no labels are needed. Pairs are grouped by comparison pattern first, so each iteration costs the number of
 * distinct patterns, not pairs. Missing levels carry no evidence and take no part in the m estimates.
 */
public final class EmTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(EmTrainer.class);
    /**
     * No level is impossible among true matches: agencies mistype postcodes and numbers. Without this floor a
     * level never seen among matches in training would veto a match by 20 bits on its own.
     */
    static final double MIN_M = 0.005;
    private final int maxIterations;
    private final double tolerance;

    public EmTrainer(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** One EM run's result: the model and the largest parameter change at each iteration. */
    public record Training(FellegiSunterModel model, List<Double> deltas) {
    }

    public Training train(List<String> names, int[] levelCounts, Map<Long, Long> patternCounts, double[][] u,
                          double initialLambda) {
        boolean[] all = new boolean[names.size()];
        java.util.Arrays.fill(all, true);
        return train(names, levelCounts, patternCounts, u, initialLambda, all, null);
    }

    /**
     * EM over the comparisons flagged in {@code estimate} only; the others take no part (as if missing), which is
     * how a comparison the pairs were blocked on is kept from biasing the estimate. With {@code fixedM} given,
     * m stays fixed and only lambda is estimated.
     */
    public Training train(List<String> names, int[] levelCounts, Map<Long, Long> patternCounts, double[][] u,
                          double initialLambda, boolean[] estimate, double[][] fixedM) {
        int comparisons = names.size();
        long[] patterns = new long[patternCounts.size()];
        double[] weights = new double[patterns.length];
        int k = 0;
        for (Map.Entry<Long, Long> e : patternCounts.entrySet()) {
            patterns[k] = e.getKey();
            weights[k++] = e.getValue();
        }
        double[][] m = fixedM != null ? fixedM : initialM(levelCounts);
        double lambda = initialLambda;
        List<Double> deltas = new ArrayList<>();
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[][] mCounts = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                mCounts[c] = new double[levelCounts[c]];
            }
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns.length; p++) {
                double logMatch = Math.log(lambda);
                double logNon = Math.log(1 - lambda);
                for (int c = 0; c < comparisons; c++) {
                    int level = ComparisonVector.level(patterns[p], c);
                    if (level != 0 && estimate[c]) {
                        logMatch += Math.log(Math.max(m[c][level], FellegiSunterModel.FLOOR));
                        logNon += Math.log(Math.max(u[c][level], FellegiSunterModel.FLOOR));
                    }
                }
                // P(match | pattern), computed in log space to survive many agreeing comparisons
                double posterior = 1 / (1 + Math.exp(logNon - logMatch));
                double expected = posterior * weights[p];
                matches += expected;
                total += weights[p];
                for (int c = 0; c < comparisons; c++) {
                    mCounts[c][ComparisonVector.level(patterns[p], c)] += expected;
                }
            }
            double delta = 0;
            for (int c = 0; c < comparisons && fixedM == null; c++) {
                if (!estimate[c]) {
                    continue;
                }
                double[] next = atLeast(UEstimator.normaliseWithoutMissing(mCounts[c], 1e-3), MIN_M);
                for (int l = 1; l < next.length; l++) {
                    delta = Math.max(delta, Math.abs(next[l] - m[c][l]));
                }
                m[c] = next;
            }
            double nextLambda = Math.min(0.999, Math.max(1e-6, matches / total));
            delta = Math.max(delta, Math.abs(nextLambda - lambda));
            lambda = nextLambda;
            deltas.add(delta);
            LOG.debug("EM iteration {}: largest change {}", iteration + 1, delta);
            if (delta < tolerance) {
                break;
            }
        }
        LOG.info("EM converged after {} iterations (last change {}), lambda {}", deltas.size(),
                deltas.isEmpty() ? 0 : deltas.get(deltas.size() - 1), lambda);
        return new Training(new FellegiSunterModel(names, m, u, lambda), deltas);
    }

    /** Raises every non-missing share to at least {@code floor}, renormalised. */
    static double[] atLeast(double[] shares, double floor) {
        double total = 0;
        for (int l = 1; l < shares.length; l++) {
            shares[l] = Math.max(shares[l], floor);
            total += shares[l];
        }
        for (int l = 1; l < shares.length; l++) {
            shares[l] /= total;
        }
        return shares;
    }

    /** Starting m: most matches agree at the best level, fewer at each weaker one. */
    static double[][] initialM(int[] levelCounts) {
        double[][] m = new double[levelCounts.length][];
        for (int c = 0; c < levelCounts.length; c++) {
            int levels = levelCounts[c];
            m[c] = new double[levels];
            m[c][0] = 1;
            double total = 0;
            for (int l = 1; l < levels; l++) {
                m[c][l] = Math.pow(0.2, l - 1);
                total += m[c][l];
            }
            for (int l = 1; l < levels; l++) {
                m[c][l] /= total;
            }
        }
        return m;
    }
}
