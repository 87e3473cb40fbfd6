package org.crosscheck.linkage.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    @Test
    void countingByOverlapsGivesTheSameAsCountingPairByPair() {
        Map<Long, Long> predicted = Map.of(1L, 10L, 2L, 10L, 3L, 11L, 4L, 11L);
        Map<Long, String> truth = Map.of(1L, "a", 2L, "a", 3L, "a", 4L, "b");
        assertEquals(new PairwiseEvaluation(1, 1, 2), PairwiseEvaluation.ofAllPairs(predicted, truth));
    }

    @Property(tries = 200)
    void overlapCountingAgreesWithPairCountingOnAnyClustering(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 6) Integer> predictedGroups,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 6) Integer> trueGroups) {
        Map<Long, Long> predicted = new HashMap<>();
        Map<Long, String> truth = new HashMap<>();
        for (int i = 0; i < predictedGroups.size(); i++) {
            predicted.put((long) i, (long) predictedGroups.get(i));
            // records past the end of the truth list are their own business, as records the truth does not name
            if (i < trueGroups.size()) {
                truth.put((long) i, "b" + trueGroups.get(i));
            }
        }
        assertEquals(PairwiseEvaluation.of(predicted, truth, (x, y) -> true),
                PairwiseEvaluation.ofAllPairs(predicted, truth));
    }
}
