package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.Comparisons;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.junit.jupiter.api.Test;

class ModelReportTest {

    @Test
    void aLevelScoringDoesNotWeighShowsNoBitsAndWhatTrainingMadeOfIt() {
        List<Comparison> comparisons = Comparisons.standard();
        double[][] m = TestModels.evenShares(comparisons);
        double[][] u = TestModels.evenShares(comparisons);
        int trade = comparisons.stream().map(Comparison::name).toList().indexOf("trade");
        m[trade] = new double[] {1, 0.99, 0.01};
        u[trade] = new double[] {1, 0.5, 0.5};
        String json = LinkageService.json(new FellegiSunterModel(comparisons.stream().map(Comparison::name).toList(),
                m, u, 1e-4));

        List<String> lines = ModelReport.lines(json, comparisons);

        String alike = lines.stream().filter(l -> l.startsWith("same kind of business")).findFirst().orElseThrow();
        assertTrue(alike.contains("+0.00") && alike.contains("not weighed (trained +0.99)"), alike);
        String different = lines.stream().filter(l -> l.startsWith("different kinds of business")).findFirst()
                .orElseThrow();
        assertTrue(different.contains("-5.64") && !different.contains("not weighed"), different);
    }
}
