package org.crosscheck.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.SourceSummary;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password-protected workspace: encrypted on disk, refused without its password or with a wrong one. */
class EncryptedWorkspaceTest {
    private static final String BUSINESS = "Quillfeather Kebab Emporium";
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private Path workspaceWithOneBusiness(String name, char[] password) throws Exception {
        Path ws = dir.resolve(name);
        Path csv = Files.writeString(dir.resolve(name + ".csv"),
                "FHRSID,Premises Name,Address,Post Code\n1," + BUSINESS + ",12 High Street,BK1 2AB\n");
        try (Workspace w = Workspace.open(ws, password)) {
            new ImportService(w).importFile(ImportRequest.of(csv, "Food", AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
        }
        return ws;
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void theEncryptedFileDoesNotContainABusinessNameInPlainText() throws Exception {
        Path plain = workspaceWithOneBusiness("plain", null);
        Path secret = workspaceWithOneBusiness("secret", PASSWORD);
        // the control shows the search would find the name if it were there
        assertTrue(fileContains(plain.resolve(Workspace.DB_NAME + ".mv.db"), BUSINESS));
        assertFalse(fileContains(secret.resolve(Workspace.DB_NAME + ".mv.db"), BUSINESS));
        assertTrue(Workspace.isEncrypted(secret));
        assertFalse(Workspace.isEncrypted(plain));
    }

    @Test
    void openingWithoutThePasswordSaysItIsNeeded() throws Exception {
        Path secret = workspaceWithOneBusiness("secret", PASSWORD);
        WorkspacePasswordException e = assertThrows(WorkspacePasswordException.class, () -> Workspace.open(secret));
        assertFalse(e.isWrongPassword());
        assertEquals("The workspace " + secret.toAbsolutePath().normalize()
                + " is protected by a password. Enter its password to open it.", e.getMessage());
    }

    @Test
    void openingWithAWrongPasswordSaysItIsNotRight() throws Exception {
        Path secret = workspaceWithOneBusiness("secret", PASSWORD);
        WorkspacePasswordException e = assertThrows(WorkspacePasswordException.class,
                () -> Workspace.open(secret, "correct horse battery stapler".toCharArray()));
        assertTrue(e.isWrongPassword());
        assertEquals("The password for the workspace " + secret.toAbsolutePath().normalize()
                + " is not right. Check it (capital letters count) and try again.", e.getMessage());
    }

    @Test
    void openingWithThePasswordShowsTheData() throws Exception {
        Path secret = workspaceWithOneBusiness("secret", PASSWORD);
        try (Workspace w = Workspace.open(secret, PASSWORD)) {
            List<SourceSummary> sources = w.sources().listSummaries();
            assertEquals(List.of("Food"), sources.stream().map(s -> s.source().name()).toList());
            assertEquals(1, sources.get(0).currentRecords());
        }
    }

    @Test
    void anEncryptedFileWithoutItsMarkerIsNotTakenForACorruptOne() throws Exception {
        Path secret = workspaceWithOneBusiness("secret", PASSWORD);
        Files.delete(secret.resolve(Workspace.ENCRYPTED_MARKER));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> Workspace.open(secret));
        assertTrue(e.getMessage().contains("marker file " + Workspace.ENCRYPTED_MARKER + " is missing"),
                e.getMessage());
    }

    @Test
    void aPasswordCannotBeAddedToAnExistingPlainWorkspace() throws Exception {
        Path plain = workspaceWithOneBusiness("plain", null);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> Workspace.open(plain, PASSWORD));
        assertTrue(e.getMessage().contains("is not protected by a password"), e.getMessage());
        assertFalse(Workspace.isEncrypted(plain));
    }
}
