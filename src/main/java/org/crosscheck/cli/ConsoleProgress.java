package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;

/** Progress for the command line: a line on stderr whenever a stage moves on by a tenth, or every 10,000 units. */
final class ConsoleProgress implements ProgressSink {
    private final PrintWriter err;
    private Stage lastStage;
    private long lastStep = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(Stage stage, long done, long total) {
        if (done == 0 && total <= 0) {
            return;   // "started, size unknown" says nothing on a console
        }
        long step = total > 0 ? done * 10 / total : done / 10_000;
        if (stage != lastStage || step != lastStep) {
            lastStage = stage;
            lastStep = step;
            err.println(total > 0 ? String.format("%s %d%%", label(stage), done * 100 / total)
                    : String.format("%s %,d", label(stage), done));
            err.flush();
        }
    }

    private static String label(Stage stage) {
        return switch (stage) {
            case READING -> "Reading";
            case WRITING -> "Saving";
            default -> stage.name().charAt(0) + stage.name().substring(1).toLowerCase();
        };
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
