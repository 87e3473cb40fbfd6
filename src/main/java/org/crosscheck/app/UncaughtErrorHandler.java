package org.crosscheck.app;

import javafx.application.Platform;
import org.crosscheck.ui.common.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: logs an unexpected error and shows it as a plain message with the details collapsed.
 * Work already saved is safe (every change is committed in its own transaction), so the app keeps running.
 */
final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);
    private final DialogService dialogs;

    UncaughtErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error on {}", thread.getName(), error);
        Runnable show = () -> dialogs.showError("Unexpected error", error);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
