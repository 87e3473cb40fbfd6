package org.crosscheck.linkage.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void mIsEachLevelsShareOfTheMatchWeight() {
        // a decided match disagreeing on name, a decided non-match agreeing, an undecided pair agreeing at p = 0.5
        long[] vectors = {vector(2, 0), vector(1, 0), vector(1, 0)};
        double[] weights = {1, 0, 0.5};
        FellegiSunterModel m = LabelledMEstimator.estimate(TRAINED, vectors, weights);
        assertArrayEquals(new double[] {0, 0.5 / 1.5, 1 / 1.5}, m.m()[0], 1e-12);
    }

    @Test
    void aComparisonMissingOnEveryWeightedPairKeepsItsTrainedM() {
        FellegiSunterModel m = LabelledMEstimator.estimate(TRAINED, new long[] {vector(1, 0)}, new double[] {1});
        assertArrayEquals(TRAINED.m()[1], m.m()[1], 1e-12);
        assertArrayEquals(TRAINED.u()[0], m.u()[0]);
        assertEquals(TRAINED.lambda(), m.lambda());
    }

    @Test
    void aLevelNoMatchShowsGetsTheFloorNotZero() {
        FellegiSunterModel m = LabelledMEstimator.estimate(TRAINED, new long[] {vector(1, 1)}, new double[] {1});
        assertEquals(FellegiSunterModel.FLOOR, m.m()[0][2]);
    }
}
