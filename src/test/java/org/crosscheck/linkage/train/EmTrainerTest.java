package org.crosscheck.linkage.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.junit.jupiter.api.Test;

/** EM recovers known m and lambda from synthetic comparison patterns, with u given (as in training). */
class EmTrainerTest {

    @Test
    void recoversKnownMAndLambdaFromSyntheticPairs() {
        double[][] m = {{1, 0.85, 0.10, 0.05}, {1, 0.90, 0.10}, {1, 0.70, 0.30}};
        double[][] u = {{1, 0.01, 0.09, 0.90}, {1, 0.05, 0.95}, {1, 0.20, 0.80}};
        double lambda = 0.2;
        SplittableRandom random = new SplittableRandom(7);
        Map<Long, Long> patterns = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            double[][] p = random.nextDouble() < lambda ? m : u;
            long vector = 0;
            for (int c = 0; c < 3; c++) {
                vector |= ((long) draw(p[c], random)) << (4 * c);
            }
            patterns.merge(vector, 1L, Long::sum);
        }
        EmTrainer.Training t = new EmTrainer(200, 1e-7).train(List.of("a", "b", "c"), new int[] {4, 3, 3}, patterns,
                u, 0.5);
        FellegiSunterModel model = t.model();
        assertEquals(lambda, model.lambda(), 0.01);
        for (int c = 0; c < 3; c++) {
            for (int l = 1; l < m[c].length; l++) {
                assertEquals(m[c][l], model.m()[c][l], 0.02, "m of comparison " + c + " level " + l);
            }
        }
        assertTrue(t.deltas().get(t.deltas().size() - 1) < 1e-6, "converged");
    }

    private static int draw(double[] shares, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 1; l < shares.length; l++) {
            x -= shares[l];
            if (x < 0) {
                return l;
            }
        }
        return shares.length - 1;
    }
}
