package org.crosscheck.linkage.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseEvaluationTest {

    @Test
    void countsPairsFoundMissedAndWrong() {
        // truth: {1,2,3} and {4}; predicted: {1,2} and {3,4}
        Map<Long, Long> predicted = Map.of(1L, 10L, 2L, 10L, 3L, 11L, 4L, 11L);
        Map<Long, String> truth = Map.of(1L, "a", 2L, "a", 3L, "a", 4L, "b");
        PairwiseEvaluation e = PairwiseEvaluation.of(predicted, truth, (x, y) -> true);
        assertEquals(new PairwiseEvaluation(1, 1, 2), e);
        assertEquals(0.5, e.precision(), 1e-9);
        assertEquals(1 / 3.0, e.recall(), 1e-9);
    }
}
