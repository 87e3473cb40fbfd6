package org.crosscheck.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theSampleIsImportedOnlyUnlessLinkingIsAsked() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            var results = new SampleWorkspaceLoader(new ImportService(ws)).generateAndLoad(dir.resolve("data"),
                    ProgressSink.NONE);

            assertEquals(10, results.size());
            assertTrue(ws.linkage().lastRun().isEmpty());
        }
    }

    @Test
    void aLoaderThatLinksLeavesTheSampleReadyToExplore() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            LinkageService linkage = new LinkageService(ws, "test");
            new SampleWorkspaceLoader(new ImportService(ws))
                    .thenLinking(linkage, LinkageSettings.defaults().withThresholds(0.6, 0.2))
                    .generateAndLoad(dir.resolve("data"), ProgressSink.NONE);

            var run = linkage.lastSummary().orElseThrow();
            assertTrue(run.entities() > 1_000, "businesses found: " + run.entities());
            assertEquals(0.6, linkage.lastSettings().matchThreshold(), 1e-9);
        }
    }
}
