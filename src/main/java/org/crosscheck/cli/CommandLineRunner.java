package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.storage.AppPaths;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.jobs.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs a command line and turns failures into exit codes and one plain line on stderr. */
public final class CommandLineRunner {
    /** Exit code of a failure the user can fix (bad file, unknown source, workspace in use). */
    public static final int USER_ERROR = 1;
    /** Exit code of a bug; the stack trace is in the log file. */
    public static final int INTERNAL_ERROR = 70;
    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRunner.class);

    private CommandLineRunner() {
    }

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** Runs with the given streams, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    private static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new CrosscheckCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof WorkbenchException) {
                LOG.info("Command failed: {}", ex.getMessage());
                err.println("crosscheck: " + ex.getMessage());
                err.flush();
                return USER_ERROR;
            }
            if (ex instanceof CancelledException) {
                err.println("crosscheck: cancelled; nothing was changed.");
                err.flush();
                return USER_ERROR;
            }
            LOG.error("Unexpected failure of {}", String.join(" ", parseResult.originalArgs()), ex);
            err.println("crosscheck: unexpected error (" + ex + "). Nothing was half-written. Details are in "
                    + AppPaths.logFile());
            err.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
