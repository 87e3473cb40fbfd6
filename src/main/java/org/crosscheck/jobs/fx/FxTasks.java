package org.crosscheck.jobs.fx;

import java.util.function.Function;
import javafx.concurrent.Task;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;

/** Wraps engine work (a function of a {@link ProgressSink}) in a JavaFX Task with progress, message and cancel. */
public final class FxTasks {
    private FxTasks() {
    }

    /**
     * A task running {@code work} off the FX thread. Engine progress becomes the task's progress; {@code words}
     * gives the message shown for each stage (the UI owns the words). Cancelling the task makes the engine's next
     * {@code checkCancelled()} throw, which rolls back whatever it was writing.
     */
    public static <T> Task<T> create(Function<ProgressSink, T> work, Function<Stage, String> words) {
        return new Task<>() {
            @Override
            protected T call() {
                ProgressSink sink = new ProgressSink() {
                    @Override
                    public void progress(Stage stage, long done, long total) {
                        updateMessage(words.apply(stage));
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, 1);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                };
                return work.apply(sink);
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
    }
}
