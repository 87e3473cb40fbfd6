package org.crosscheck.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceFromAnotherVersionIsRefusedPlainly() throws Exception {
        Workspace.open(dir).close();
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Workspace.DB_NAME);
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '001'");
        }
        org.crosscheck.domain.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.crosscheck.domain.WorkbenchException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("was made by a different version of Crosscheck"), e.getMessage());
    }

    @Test
    void openingCreatesTheDatabaseFile() {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertTrue(Workspace.exists(ws.directory()));
        }
    }
}
