package org.crosscheck.linkage.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void possiblePairsAreCountedWithoutWrappingRoundForAMillionRecords() {
        assertEquals(3, ModelTrainer.possiblePairs(3));
        // 46,341 records is where n(n-1) passes the largest int
        assertEquals(1_073_720_970.0, ModelTrainer.possiblePairs(46_341));
        assertEquals(499_999_500_000.0, ModelTrainer.possiblePairs(1_000_000));
    }
}
