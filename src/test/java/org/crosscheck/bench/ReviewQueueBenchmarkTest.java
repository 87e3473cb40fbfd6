package org.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue benchmark builds the queue it says, and every timed decision is really saved. */
class ReviewQueueBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void queuesTheRequestedPairsAndSavesEachTimedDecision() {
        ReviewQueueBenchmark.Result r = ReviewQueueBenchmark.run(dir, 400, 12);
        assertEquals(801, r.records());
        assertEquals(400, r.queued());
        assertEquals(12, r.decisions());
        assertTrue(r.medianMillis() > 0 && r.medianMillis() <= r.p95Millis() && r.p95Millis() <= r.maxMillis(),
                r.toString());
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            assertEquals(12, ws.linkage().decisions().size());
        }
    }
}
