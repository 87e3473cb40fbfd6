package org.crosscheck.linkage;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.linkage.compare.Comparison;

/** Builds m or u tables for scoring tests without training. */
public final class TestModels {
    private TestModels() {
    }

    /** Each comparison's non-missing levels equally likely: every level weighs 0 bits until a test sets one. */
    public static double[][] evenShares(List<Comparison> comparisons) {
        double[][] shares = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            shares[c] = new double[comparisons.get(c).levelCount()];
            Arrays.fill(shares[c], 1.0 / (shares[c].length - 1));
        }
        return shares;
    }
}
