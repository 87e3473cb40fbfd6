package org.crosscheck.ui;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crosscheck.app.AppContext;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.main.MainWindowController;
import org.testfx.api.FxToolkit;

/** Shows the real main window on a workspace for a headless UI test, and tears it down afterwards. */
final class MainWindowFixture {
    private MainWindowFixture() {
    }

    /** A mocked dialog service that adds each error it is asked to show ("title: message") to {@code errors}. */
    static DialogService dialogsRecordingErrors(java.util.List<String> errors) {
        DialogService dialogs = org.mockito.Mockito.mock(DialogService.class);
        org.mockito.Mockito.doAnswer(inv -> {
            errors.add(inv.getArgument(0) + ": " + inv.getArgument(1));
            return null;
        }).when(dialogs).showError(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.any());
        return dialogs;
    }

    static void show(Stage stage, Workspace workspace, DialogService dialogs, TaskRunner tasks) {
        AppContext context = new AppContext(workspace, dialogs, tasks);
        stage.setScene(new Scene(context.viewLoader().load(MainWindowController.class, "MainWindowView.fxml").root()));
        stage.show();
    }

    static void close(TaskRunner tasks, Workspace workspace) throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.shutdown();
        workspace.close();
    }
}
