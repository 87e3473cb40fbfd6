package org.crosscheck.linkage.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.TestRecords;
import org.crosscheck.linkage.compare.Comparison;
import org.junit.jupiter.api.Test;

class UEstimatorTest {
    private static final int SAMPLES = 60_000;

    @Test
    void aComparisonWithAStrideIsAskedAboutEveryNthRandomPairOnly() {
        CountingComparison everyPair = new CountingComparison(1);
        CountingComparison everyThird = new CountingComparison(3);

        UEstimator.estimateUWithRandomSampling(records(500), List.of(everyPair, everyThird), SAMPLES, 42L);

        assertEquals(SAMPLES, everyPair.calls.get());
        // each of the sampling's chunks starts its count at its first pair, so a chunk may ask once more than a third
        assertTrue(everyThird.calls.get() >= SAMPLES / 3 && everyThird.calls.get() <= SAMPLES / 3 + 16,
                () -> everyThird.calls.get() + " calls");
    }

    @Test
    void aThirdOfThePairsEstimatesACommonLevelAsEveryPairDoes() {
        List<StdRecord> records = records(500);

        double[][] u = UEstimator.estimateUWithRandomSampling(records,
                List.of(new CountingComparison(1), new CountingComparison(3)), SAMPLES, 42L);

        // one pair in ten agrees on (index mod 10): both estimates near 0.1, within sampling error
        assertEquals(0.1, u[0][1], 0.01);
        assertEquals(0.1, u[1][1], 0.01);
    }

    private static List<StdRecord> records(int n) {
        List<StdRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(TestRecords.record(i, 1, "shop " + i, null, null, null, null));
        }
        return records;
    }

    /** Agrees (level 1) when the two records' indexes are alike mod 10, and counts how often it is asked. */
    private static final class CountingComparison implements Comparison {
        private final int stride;
        private final AtomicInteger calls = new AtomicInteger();

        CountingComparison(int stride) {
            this.stride = stride;
        }

        @Override
        public String name() {
            return "mod ten";
        }

        @Override
        public int levelCount() {
            return 3;
        }

        @Override
        public int level(StdRecord a, StdRecord b) {
            calls.incrementAndGet();
            return a.index() % 10 == b.index() % 10 ? 1 : 2;
        }

        @Override
        public String describe(int level) {
            return "level " + level;
        }

        @Override
        public int uSampleStride() {
            return stride;
        }
    }
}
