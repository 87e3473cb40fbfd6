package org.crosscheck.app;

import org.crosscheck.cli.CommandLineRunner;
import org.crosscheck.storage.AppPaths;

/**
 * Entry point of the jar. With no arguments (or only {@code --workspace DIR}) it opens the window; with a command it runs headless and exits with
 * a non-zero code and a plain message on stderr when anything is wrong. Deliberately not a JavaFX
 * {@code Application}: a main class that is one fails with "JavaFX runtime components are missing" on the classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // before the first logger is created: logback.xml reads the folder from this property
        if (System.getProperty("crosscheck.logdir") == null) {
            System.setProperty("crosscheck.logdir", AppPaths.logFile().getParent().toString());
        }
        String workspace = workspaceOnly(args);
        if (args.length == 0 || workspace != null) {
            if (workspace != null) {
                System.setProperty(WorkbenchApp.WORKSPACE_PROPERTY, workspace);
            }
            javafx.application.Application.launch(WorkbenchApp.class);
            return;
        }
        System.exit(CommandLineRunner.run(args));
    }

    /** The folder when the only arguments are {@code --workspace DIR}: open the window on that workspace. */
    static String workspaceOnly(String[] args) {
        if (args.length == 2 && "--workspace".equals(args[0])) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith("--workspace=")) {
            return args[0].substring("--workspace=".length());
        }
        return null;
    }
}
