package org.crosscheck.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's entries on a real, linked workspace survive the process being killed, twice over: after each kill
 * the workspace reopens with every entry, takes new ones, and closes and reopens cleanly. (H2's background
 * background housekeeping once lost entries saved just before a kill on such a file, and the next open then found
 * it corrupt.)
 */
@Tag("process")
class KilledAfterEditsTest {
    /**
     * How long the child leaves the workspace idle before saving. 12 s was enough to lose entries to H2's background
     * compaction; with that off, 25 s still lost them to chunks written into freed space (decision record 0006).
     */
    private static final String IDLE_MILLIS = "25000";
    @TempDir
    Path dir;

    @Test
    void visitsAndReferralsSurviveRepeatedKills() throws Exception {
        Path ws = LinkedSample.copyTo(dir.resolve("ws"));
        for (int round = 1; round <= 2; round++) {
            try (ChildJvm child = new ChildJvm(dir.resolve("logs" + round), EditThenWait.class.getName(),
                    ws.toString(), IDLE_MILLIS)) {
                child.awaitLine("SAVED"::equals, 120);
                child.kill();
            }
            try (Workspace workspace = Workspace.open(ws)) {
                PictureService picture = new PictureService(workspace);
                assertEquals(round, new TaskingService(workspace, picture, Clock.systemDefaultZone()).visits().size(),
                        "visits after kill " + round);
                assertEquals(round, new ReferralService(workspace, picture, Clock.systemDefaultZone()).list(null)
                        .size(), "referrals after kill " + round);
            }
        }
        try (Workspace workspace = Workspace.open(ws)) {
            assertEquals(2, workspace.tasking().visits().size(), "a clean close and reopen keeps everything");
        }
    }
}
