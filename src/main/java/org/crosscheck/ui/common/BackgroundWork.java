package org.crosscheck.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.fx.FxTasks;
import org.crosscheck.jobs.fx.TaskRunner;

/**
 * The app's one place for running engine work off the FX thread: shows progress and a message while it runs,
 * hands the result to {@code onDone}, and shows a failure once through the {@link DialogService}.
 * The status bar binds to its properties; {@link #cancel()} stops the current task.
 */
public final class BackgroundWork {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    public BackgroundWork(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** Runs {@code work} in the background; {@code onDone} gets its result on the FX thread. */
    public <T> Task<T> run(String failureTitle, Function<ProgressSink, T> work, Consumer<T> onDone) {
        return run(failureTitle, work, onDone, () -> { });
    }

    /** As {@link #run(String, Function, Consumer)}, calling {@code onCancelled} if the user cancels it. */
    public <T> Task<T> run(String failureTitle, Function<ProgressSink, T> work, Consumer<T> onDone,
                           Runnable onCancelled) {
        Task<T> task = FxTasks.create(work, DisplayNames::of);
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finish();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            dialogs.showError(failureTitle, task.getException());
        });
        task.setOnCancelled(e -> {
            finish();
            onCancelled.run();
        });
        runner.submit(task);
        return task;
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        running.set(false);
        current = null;
    }

    public void cancel() {
        if (current != null) {
            current.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
