package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: {@code crosscheck [--workspace DIR] <command>}. With no command the window opens. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Links agencies' spreadsheets about the same businesses. Run with no command to open the window.",
        subcommands = {ImportCommand.class, SourcesCommand.class, BatchesCommand.class, MappingCommand.class,
            LinkCommand.class, ExportCommand.class, ReviewCommand.class, EntityCommand.class, SearchCommand.class,
            SampleCommand.class, BenchCommand.class})
public final class CrosscheckCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path workspace = Workspace.defaultDirectory();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the workspace named by {@code --workspace}. */
    Workspace openWorkspace() {
        return Workspace.open(workspace);
    }
}
