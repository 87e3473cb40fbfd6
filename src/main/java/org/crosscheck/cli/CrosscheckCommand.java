package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.Workspace;
import org.crosscheck.storage.WorkspacePasswordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: {@code crosscheck [--workspace DIR] <command>}. With no command the window opens. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Links agencies' spreadsheets about the same businesses. Run with no command to open the window.",
        subcommands = {ImportCommand.class, SourcesCommand.class, BatchesCommand.class, MappingCommand.class,
            LinkCommand.class, ExportCommand.class, ReviewCommand.class, EntityCommand.class, SearchCommand.class,
            SummaryCommand.class,
            BusinessesCommand.class, NetworkCommand.class, TaskingCommand.class, ReferralCommand.class,
            SharingCommand.class,
            SampleCommand.class, BenchCommand.class})
public final class CrosscheckCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path workspace = Workspace.defaultDirectory();

    @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Password of a protected workspace; asked for when given without a value. A workspace that "
                    + "does not exist yet is created protected by it.")
    char[] password;

    @Option(names = "--password-file", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Read the workspace password from the first line of FILE (or set CROSSCHECK_PASSWORD).")
    Path passwordFile;

    /** Environment variable holding a protected workspace's password, for scripts. */
    static final String PASSWORD_ENV = "CROSSCHECK_PASSWORD";

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the workspace named by {@code --workspace}, with its password if one was given. */
    Workspace openWorkspace() {
        char[] given = password();
        try {
            return Workspace.open(workspace, given);
        } catch (WorkspacePasswordException e) {
            throw new WorkbenchException(e.getMessage() + (e.isWrongPassword() ? "" : " Give it with --password "
                    + "(asked for), --password-file FILE or the " + PASSWORD_ENV + " environment variable."), e);
        }
    }

    /** The password from {@code --password}, {@code --password-file} or the environment; null when none. */
    private char[] password() {
        if (password != null && password.length > 0) {
            return password;
        }
        if (passwordFile != null) {
            try {
                String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return first.toCharArray();
            } catch (IOException e) {
                throw new WorkbenchException("Cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        String env = System.getenv(PASSWORD_ENV);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }
}
