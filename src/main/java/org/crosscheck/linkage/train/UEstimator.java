package org.crosscheck.linkage.train;

import java.util.List;
import java.util.SplittableRandom;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.Comparison;

/**
 * Estimates u, the chance of each level among non-matching pairs, from pairs drawn at random: almost every
 * random pair of records is two different businesses, so their levels are what chance agreement looks like.
 * Seeded, so a run can be reproduced.
 */
public final class UEstimator {
    private UEstimator() {
    }

    /**
     * u[c][level] from up to {@code maxPairs} random pairs (a comparison with a stride compares a share of them),
     * smoothed so no level has u = 0.
     */
    public static double[][] estimateUWithRandomSampling(List<StdRecord> records, List<Comparison> comparisons,
                                                        int maxPairs, long seed) {
        int n = records.size();
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            counts[c] = new double[comparisons.get(c).levelCount()];
        }
        if (n >= 2) {
            long possible = (long) n * (n - 1) / 2;
            int samples = (int) Math.min(maxPairs, possible);
            // fixed chunks, each with its own split of the seeded generator: parallel, yet the same every run
            int chunks = 16;
            int[] strides = comparisons.stream().mapToInt(Comparison::uSampleStride).toArray();
            SplittableRandom root = new SplittableRandom(seed);
            List<SplittableRandom> randoms = new java.util.ArrayList<>();
            for (int k = 0; k < chunks; k++) {
                randoms.add(root.split());
            }
            List<double[][]> partial = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(k -> {
                double[][] local = new double[comparisons.size()][];
                for (int c = 0; c < comparisons.size(); c++) {
                    local[c] = new double[comparisons.get(c).levelCount()];
                }
                SplittableRandom random = randoms.get(k);
                int share = samples / chunks + (k < samples % chunks ? 1 : 0);
                for (int s = 0; s < share; s++) {
                    int i = random.nextInt(n);
                    int j = random.nextInt(n - 1);
                    if (j >= i) {
                        j++;
                    }
                    for (int c = 0; c < comparisons.size(); c++) {
                        if (s % strides[c] == 0) {
                            local[c][comparisons.get(c).level(records.get(i), records.get(j))]++;
                        }
                    }
                }
                return local;
            }).toList();
            for (double[][] local : partial) {
                for (int c = 0; c < counts.length; c++) {
                    for (int l = 0; l < counts[c].length; l++) {
                        counts[c][l] += local[c][l];
                    }
                }
            }
        }
        double[][] u = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            u[c] = normaliseWithoutMissing(counts[c], 0.5);
        }
        return u;
    }

    /** Shares of each non-missing level, with {@code prior} pseudo-counts (Laplace smoothing); u[0] = 1. */
    static double[] normaliseWithoutMissing(double[] counts, double prior) {
        double total = 0;
        for (int l = 1; l < counts.length; l++) {
            total += counts[l] + prior;
        }
        double[] shares = new double[counts.length];
        shares[0] = 1;
        for (int l = 1; l < counts.length; l++) {
            shares[l] = (counts[l] + prior) / total;
        }
        return shares;
    }
}
