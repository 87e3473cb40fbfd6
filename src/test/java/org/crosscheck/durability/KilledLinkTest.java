package org.crosscheck.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second JVM is killed while it saves a linkage run; the workspace reopens with no half-saved run. */
@Tag("process")
class KilledLinkTest {
    @TempDir
    Path dir;

    @Test
    void workspaceIsConsistentAfterTheLinkingProcessIsKilledWhileSaving() throws Exception {
        Path ws = dir.resolve("ws");
        int records;
        try (Workspace workspace = Workspace.open(ws)) {
            new SampleWorkspaceLoader(new ImportService(workspace)).generateAndLoad(dir.resolve("sample"),
                    ProgressSink.NONE);
            records = workspace.linkage().currentRecords().size();
        }
        try (ChildJvm child = new ChildJvm(dir.resolve("logs"), "org.crosscheck.app.Main", "--workspace", ws.toString(),
                "link")) {
            child.awaitLine(line -> line.startsWith("Saving"), 120);
            child.kill();
        }
        try (Workspace workspace = Workspace.open(ws)) {
            int members = workspace.linkage().currentEntities().size();
            boolean saved = workspace.linkage().lastRun().isPresent();
            // all or nothing: either no run and no membership, or a whole run with every record placed
            assertEquals(saved ? records : 0, members);
            assertTrue(workspace.records().countAll() == records);
        }
    }
}
