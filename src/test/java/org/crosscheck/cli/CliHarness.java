package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line on one workspace and keeps what it printed, for CLI tests. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path workspace;

    CliHarness(Path workspace) {
        this.workspace = workspace;
    }

    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLineRunner.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }
}
