package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.Verdict;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.review.QueuedPair;
import org.crosscheck.review.ReviewService;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Learn from my decisions" changes the model and reports truly what became of the waiting review pairs. */
class LearnFromDecisionsTest {
    @TempDir
    Path dir;

    @Test
    void learningMovesWaitingPairsAndReportsWhereTheyWent() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            new SampleWorkspaceLoader(new ImportService(ws)).generateAndLoad(dir.resolve("sample"), ProgressSink.NONE);
            LinkageService linkage = new LinkageService(ws, "test");
            linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
            String modelBefore = ws.linkage().lastRun().orElseThrow().modelJson();
            ReviewService review = new ReviewService(ws, new ExplanationFormatter());
            List<QueuedPair> band = review.queue().stream()
                    .filter(q -> q.reason() == QueuedPair.Reason.REVIEW_BAND).toList();
            // a reviewer who says "same" to the first 150 band pairs and "different" to the next 50
            Set<String> decided = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                PairScore p = band.get(i).pair();
                review.decide(p.leftRecordId(), p.rightRecordId(), i < 150 ? Verdict.SAME : Verdict.DIFFERENT, "t",
                        null);
                decided.add(p.leftRecordId() + ":" + p.rightRecordId());
            }
            Set<String> waiting = new HashSet<>();
            band.stream().map(q -> q.pair().leftRecordId() + ":" + q.pair().rightRecordId())
                    .filter(k -> !decided.contains(k)).forEach(waiting::add);

            LearnSummary s = linkage.learnFromDecisions(LinkageSettings.defaults(), ProgressSink.NONE);

            assertEquals(150, s.labelledSame());
            assertEquals(50, s.labelledDifferent());
            assertEquals(waiting.size(), s.reviewBefore());
            assertNotEquals(modelBefore, ws.linkage().lastRun().orElseThrow().modelJson());
            long linked = ws.linkage().pairsInBand(MatchBand.MATCH).stream()
                    .filter(p -> waiting.contains(p.leftRecordId() + ":" + p.rightRecordId())).count();
            long stillWaiting = ws.linkage().pairsInBand(MatchBand.REVIEW).stream()
                    .filter(p -> waiting.contains(p.leftRecordId() + ":" + p.rightRecordId())).count();
            assertEquals(linked, s.nowLinked());
            assertEquals(waiting.size() - stillWaiting, s.leftReview());
            assertTrue(s.leftReview() > 0, s.toString());
        }
    }
}
