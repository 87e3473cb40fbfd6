package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a password-protected workspace: --password-file, --password, and the plain refusals. */
class PasswordOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceCreatedWithAPasswordFileIsEncryptedAndOpensWithIt() throws Exception {
        Path ws = dir.resolve("secret");
        Path file = Files.writeString(dir.resolve("pw.txt"), "s3cret phrase\n");
        CliHarness cli = new CliHarness(ws);
        assertEquals(0, cli.run("--password-file", file.toString(), "sources"), cli.err::toString);
        assertTrue(Workspace.isEncrypted(ws));
        CliHarness again = new CliHarness(ws);
        assertEquals(0, again.run("sources", "--password", "s3cret phrase"), again.err::toString);
        assertTrue(again.out.toString().startsWith("No sources yet."), again.out::toString);
    }

    @Test
    void withoutThePasswordTheCommandSaysHowToGiveIt() throws Exception {
        Path ws = dir.resolve("secret");
        Workspace.open(ws, "pw".toCharArray()).close();
        CliHarness cli = new CliHarness(ws);
        assertEquals(CommandLineRunner.USER_ERROR, cli.run("sources"));
        assertEquals("crosscheck: The workspace " + ws.toAbsolutePath().normalize() + " is protected by a password. "
                + "Enter its password to open it. Give it with --password (asked for), --password-file FILE or the "
                + "CROSSCHECK_PASSWORD environment variable.", cli.err.toString().strip());
    }

    @Test
    void aWrongPasswordIsRefusedPlainly() throws Exception {
        Path ws = dir.resolve("secret");
        Workspace.open(ws, "pw".toCharArray()).close();
        CliHarness cli = new CliHarness(ws);
        assertEquals(CommandLineRunner.USER_ERROR, cli.run("--password", "nope", "sources"));
        assertTrue(cli.err.toString().contains("is not right"), cli.err::toString);
    }
}
