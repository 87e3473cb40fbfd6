package org.crosscheck.linkage.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.junit.jupiter.api.Test;

class LabelledMEstimatorTest {
    // two comparisons: levels 0 (missing), 1 (agree), 2 (disagree)
    private static final FellegiSunterModel TRAINED = new FellegiSunterModel(List.of("name", "phone"),
            new double[][] {{0, 0.9, 0.1}, {0, 0.8, 0.2}}, new double[][] {{0, 0.01, 0.99}, {0, 0.001, 0.999}}, 0.01);

    private static long vector(int name, int phone) {
        return name | ((long) phone << 4);
    }

    @Test
    void withoutPriorPairsMIsTheShareOfEachLevelAmongLabelledMatches() {
        // 3 of 4 labelled matches disagree on name; phone missing on all
        List<Long> same = List.of(vector(2, 0), vector(2, 0), vector(2, 0), vector(1, 0));
        FellegiSunterModel m = new LabelledMEstimator(0).estimate(TRAINED, same);
        assertArrayEquals(new double[] {0, 0.25, 0.75}, m.m()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0.8, 0.2}, m.m()[1], 1e-12,
                "a comparison missing on every labelled pair keeps its trained m");
    }

    @Test
    void priorPairsBlendTheLabelsWithTheTrainedM() {
        List<Long> same = Collections.nCopies(10, vector(2, 1));
        FellegiSunterModel m = new LabelledMEstimator(10).estimate(TRAINED, same);
        assertEquals((10 + 10 * 0.1) / 20, m.m()[0][2], 1e-12);
        assertEquals((0 + 10 * 0.9) / 20, m.m()[0][1], 1e-12);
        assertArrayEquals(TRAINED.u()[0], m.u()[0]);
        assertEquals(TRAINED.lambda(), m.lambda());
    }
}
