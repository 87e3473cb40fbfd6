package org.crosscheck.jobs;

/**
 * Where engine code reports progress and learns it has been cancelled. Implementations must be safe to call
 * from a worker thread; they must not touch JavaFX nodes directly.
 */
public interface ProgressSink {

    /** A sink that ignores progress and never cancels. */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(Stage stage, long done, long total) {
            // nothing to report to
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units of {@code stage}; total is -1 when unknown. */
    void progress(Stage stage, long done, long total);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop, or the thread was interrupted. */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
