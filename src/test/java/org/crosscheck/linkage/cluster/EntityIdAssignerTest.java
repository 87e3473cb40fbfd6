package org.crosscheck.linkage.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityIdAssignerTest {

    @Test
    void clustersKeepTheIdMostOfTheirRecordsHadAndNewOnesGetFreshIds() {
        long[] records = {10, 11, 12, 13, 14};
        int[] clusterOf = {0, 0, 2, 2, 4};               // 10+11 together, 12+13 together, 14 alone (new)
        Map<Long, Long> previous = Map.of(10L, 7L, 11L, 7L, 12L, 7L, 13L, 9L);
        long[] ids = new EntityIdAssigner().assign(records, clusterOf, previous, 20);
        // 7 goes to the cluster holding two of its records; the other cluster takes 9; the new record gets 20
        assertArrayEquals(new long[] {7, 7, 9, 9, 20}, ids);
    }

    @Test
    void anUnchangedRelinkKeepsEveryId() {
        long[] records = {1, 2, 3};
        int[] clusterOf = {5, 5, 9};
        long[] ids = new EntityIdAssigner().assign(records, clusterOf, Map.of(1L, 100L, 2L, 100L, 3L, 101L), 102);
        assertArrayEquals(new long[] {100, 100, 101}, ids);
    }
}
