package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;
import org.junit.jupiter.api.Test;

class LoneRecordMissesTest {
    /** Records 0..n-1 of the given agencies, with nothing else to compare. */
    private static List<StdRecord> ofSources(int... sources) {
        List<StdRecord> records = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            records.add(new StdRecord(i, i + 1, sources[i], List.of(), null, null, null, null, null, null, null, null,
                    List.of(), List.of(), null, null, List.of(), List.of(), null, false, List.of()));
        }
        return records;
    }

    private static ScoredPairs pairs(double[]... leftRightWeight) {
        ScoredPairs pairs = new ScoredPairs();
        for (double[] p : leftRightWeight) {
            pairs.add(new ScoredPair((int) p[0], (int) p[1], 0, p[2], 1 / (1 + Math.pow(2, -p[2])), false, false));
        }
        return pairs;
    }

    private static List<String> kept(ScoredPairs kept) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            out.add(kept.left(i) + "-" + kept.right(i));
        }
        return out;
    }

    @Test
    void keepsALoneRecordsStrongestPairsUpToTheLimit() {
        // record 0 is alone; 1-2 and 3-4 are two businesses of two other agencies each
        var kept = LoneRecordMisses.select(pairs(new double[] {0, 1, -5}, new double[] {0, 3, -7}),
                new int[] {0, 1, 1, 3, 3}, ofSources(1, 2, 3, 2, 3), 1);
        assertEquals(List.of("0-1"), kept(kept));
    }

    @Test
    void leavesOutAPairThatWouldGiveABusinessASecondRecordOfOneAgency() {
        var kept = LoneRecordMisses.select(pairs(new double[] {0, 1, -5}), new int[] {0, 1, 1},
                ofSources(2, 2, 3), 5);
        assertEquals(List.of(), kept(kept));
    }

    @Test
    void leavesOutPairsBetweenTwoBusinessesOfSeveralRecords() {
        var kept = LoneRecordMisses.select(pairs(new double[] {1, 3, -5}), new int[] {0, 1, 1, 3, 3},
                ofSources(1, 2, 3, 1, 4), 5);
        assertEquals(List.of(), kept(kept));
    }
}
