package org.crosscheck.linkage.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoredPairsTest {
    private static final ScoredPair FIRST = new ScoredPair(0, 1, 0x21L, 12.5, 0.9998, false, true);
    private static final ScoredPair SECOND = new ScoredPair(2, 5, 0x13L, -20.0, 0.000001, true, false);
    private static final ScoredPair THIRD = new ScoredPair(3, 4, 0x11L, 1.0, 0.67, false, false);

    @Test
    void givesBackEveryPairAsAddedAndInOrder() {
        ScoredPairs pairs = new ScoredPairs();
        pairs.add(FIRST);
        pairs.add(SECOND);
        pairs.add(THIRD);
        assertEquals(List.of(FIRST, SECOND, THIRD), pairs.asList());
    }

    @Test
    void appendingKeepsBothInOrder() {
        ScoredPairs head = ScoredPairs.of(List.of(FIRST));
        head.addAll(ScoredPairs.of(List.of(SECOND, THIRD)));
        assertEquals(List.of(FIRST, SECOND, THIRD), head.asList());
    }

    @Test
    void appendingTakesTheOtherStoresPairsAndLeavesItEmpty() {
        ScoredPairs head = ScoredPairs.of(List.of(FIRST));
        ScoredPairs tail = ScoredPairs.of(List.of(SECOND));
        head.addAll(tail);
        head.add(THIRD);
        assertEquals(List.of(FIRST, SECOND, THIRD), head.asList());
        assertEquals(0, tail.size());
    }

    @Test
    void holdsMorePairsThanOneSegment() {
        ScoredPairs pairs = new ScoredPairs();
        int n = ScoredPairs.SEGMENT * 2 + 3;
        for (int i = 0; i < n; i++) {
            pairs.add(i, i + 1, i, i, 0.5, i % 2 == 0, false);
        }
        assertEquals(n, pairs.size());
        assertEquals(new ScoredPair(ScoredPairs.SEGMENT, ScoredPairs.SEGMENT + 1, ScoredPairs.SEGMENT,
                ScoredPairs.SEGMENT, 0.5, true, false), pairs.get(ScoredPairs.SEGMENT));
        assertEquals(n - 1, pairs.left(n - 1));
    }
}
