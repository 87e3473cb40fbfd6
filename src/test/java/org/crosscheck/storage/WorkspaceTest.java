package org.crosscheck.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void openingCreatesTheDatabaseFile() {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertTrue(Workspace.exists(ws.directory()));
        }
    }
}
