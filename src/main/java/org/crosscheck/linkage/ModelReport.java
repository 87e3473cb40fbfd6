package org.crosscheck.linkage;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.score.FellegiSunterModel;

/** The trained model as lines of a table: each comparison level in words with its m, u and weight in bits. */
public final class ModelReport {
    private ModelReport() {
    }

    public static List<String> lines(String modelJson, List<Comparison> comparisons) {
        FellegiSunterModel model = LinkageService.fromJson(modelJson);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Prior: %.5f of candidate pairs match (%+.2f bits)", model.lambda(), model.priorWeight()));
        lines.add(String.format("%-48s %9s %9s %8s", "comparison level", "m", "u", "bits"));
        for (int c = 0; c < comparisons.size(); c++) {
            for (int l = 1; l < comparisons.get(c).levelCount(); l++) {
                lines.add(String.format("%-48s %9.5f %9.6f %+8.2f", comparisons.get(c).describe(l), model.m()[c][l],
                        model.u()[c][l], model.weight(c, l)));
            }
        }
        return lines;
    }
}
