package org.crosscheck.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability the hard way: a second JVM is killed (SIGKILL) in the middle of an import, and the workspace it was
 * writing is reopened and found exactly as before. Also: a workspace held by another process is refused politely.
 */
@Tag("process")
class KilledImportTest {
    @TempDir
    Path dir;

    @Test
    void workspaceIsConsistentAfterTheImportingProcessIsKilled() throws Exception {
        Path ws = dir.resolve("ws");
        Path small = Files.writeString(dir.resolve("small.csv"),
                "FHRSID,Premises Name,Post Code\n1,Alpha Cafe,BK1 1AA\n2,Beta Bar,BK1 1AB\n3,Gamma Grill,BK1 1AC\n");
        try (Workspace workspace = Workspace.open(ws)) {
            new ImportService(workspace).importFile(ImportRequest.of(small, "Food", AgencyKind.FOOD_HYGIENE),
                    ProgressSink.NONE);
        }
        Path big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("FHRSID,Premises Name,Address,Post Code,Tel\n");
            for (int i = 0; i < 400_000; i++) {
                out.write(i + 10 + ",Shop number " + i + "," + (i % 300) + " High Street,BK1 " + (i % 9) + "AB,07700 9"
                        + String.format("%05d", i % 100_000) + "\n");
            }
        }

        try (ChildJvm child = new ChildJvm(dir.resolve("logs"), "org.crosscheck.app.Main", "--workspace", ws.toString(),
                "import", big.toString(), "--source", "Food")) {
            child.awaitLine(line -> line.matches("Reading [3-9]\\d%"), 120);
            child.kill();
        }

        try (Workspace workspace = Workspace.open(ws)) {
            int source = workspace.sources().findByName("Food").orElseThrow().id();
            assertEquals(3, workspace.records().countAll());
            assertEquals(1, workspace.sources().batches(source).size());
            assertEquals(List.of("Alpha Cafe", "Beta Bar", "Gamma Grill"), workspace.records().current(source).stream()
                    .map(r -> r.value(CanonicalField.BUSINESS_NAME)).toList());
            // and the workspace still takes new work
            new ImportService(workspace).importFile(ImportRequest.of(small, "Food", null), ProgressSink.NONE);
            assertEquals(2, workspace.sources().batches(source).size());
        }
    }

    @Test
    void aWorkspaceHeldByAnotherProcessIsRefusedWithAPlainMessage() throws Exception {
        Path ws = dir.resolve("held");
        try (ChildJvm child = new ChildJvm(dir.resolve("logs"), HoldWorkspace.class.getName(), ws.toString())) {
            child.awaitLine("OPEN"::equals, 60);
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> Workspace.open(ws));
            assertTrue(e.getMessage().contains("is open in another Crosscheck window or program"), e.getMessage());
        }
    }
}
