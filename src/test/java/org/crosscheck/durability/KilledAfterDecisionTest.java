package org.crosscheck.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision is on disk the moment it is saved: the process is killed right after, and the decision is there. */
@Tag("process")
class KilledAfterDecisionTest {
    @TempDir
    Path dir;

    @Test
    void aSavedDecisionSurvivesTheProcessBeingKilledAtOnce() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.open(ws).close();
        try (ChildJvm child = new ChildJvm(dir.resolve("logs"), DecideThenWait.class.getName(), ws.toString())) {
            child.awaitLine("DECIDED"::equals, 60);
            child.kill();
        }
        try (Workspace workspace = Workspace.open(ws)) {
            assertEquals(1, workspace.linkage().decisions().size());
            assertEquals("saved just before the crash", workspace.linkage().decisions().get(0).note());
        }
    }
}
