package org.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer who always answers from the ground truth works through the queue in its order, within 5% of the
 * candidate pairs, and the relinked entities obey every decision. The floor is issue 4's target, pairwise F1 ≥ 0.995
 * (measured 0.9952, precision 1.0). The true pairs still apart after review were never stored as candidates, mostly
 * a company registered at a formation agent's office whose name and director appear in no other record of its
 * business, so the queue is close to the most any queue of stored pairs could do here (see the README).
 */
class TruthReviewBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void truthReviewWithinFivePercentOfCandidatesLiftsF1AboveItsFloor() {
        TruthReviewBenchmark.Result r = TruthReviewBenchmark.samplePartnership(dir, 0.05, 3);
        String figures = "before " + r.before() + ", after " + r.after() + ", reviewed " + r.reviewed() + " of "
                + r.candidatePairs();
        assertTrue(r.reviewedShare() <= 0.05, figures);
        assertTrue(r.reviewed() > 0, figures);
        assertTrue(r.after().f1() >= 0.995, figures);
        assertTrue(r.after().precision() >= 0.999, figures);
        // decisions override the model: no pair the truth reviewer separated stays joined
        assertTrue(r.after().falsePositives() <= r.before().falsePositives() / 20, figures);
    }

    @Test
    void learningFromAFewDecisionsMovesWaitingPairsMostlyTheWayTheTruthSays() {
        TruthReviewBenchmark.Result r = TruthReviewBenchmark.samplePartnership(dir, 0.003, 1);
        var learnt = r.learnt();
        String figures = learnt + ", moved rightly " + r.movedRightly();
        assertTrue(learnt.labelledSame() > 0, figures);
        assertTrue(learnt.leftReview() > 0, figures);
        // measured: 5 of 8 moved pairs moved the right way (53 of 58 with the first engine, 23 of 32 before
        // differences were barred from counting for a match): fewer pairs now wait in the band, and the learnt m
        // moves them only a little better than chance. A weak point, flagged in issue 4.
        assertTrue(r.movedRightly() > 0.5 * learnt.leftReview(), figures);
    }
}
