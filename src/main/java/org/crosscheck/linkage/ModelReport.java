package org.crosscheck.linkage;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.score.FellegiSunterModel;

/**
 * The trained model as lines of a table: each comparison level in words with its m, u and the bits scoring gives
 * it. A level scoring does not weigh shows 0 bits and what training made of it.
 */
public final class ModelReport {
    private ModelReport() {
    }

    public static List<String> lines(String modelJson, List<Comparison> comparisons) {
        FellegiSunterModel model = LinkageService.fromJson(modelJson);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Prior: %.5f of candidate pairs match (%+.2f bits)", model.lambda(), model.priorWeight()));
        lines.add(String.format("%-48s %9s %9s %8s", "comparison level", "m", "u", "bits"));
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            for (int l = 1; l < comparison.levelCount(); l++) {
                boolean neutral = comparison.isNeutralLevel(l);
                lines.add(String.format("%-48s %9.5f %9.6f %+8.2f%s", comparison.describe(l), model.m()[c][l],
                        model.u()[c][l], neutral ? 0.0 : model.weight(c, l), neutral
                                ? String.format("  not weighed (trained %+.2f): other comparisons carry it",
                                        model.weight(c, l)) : ""));
            }
        }
        return lines;
    }
}
