package org.crosscheck.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.settings.SettingsStore;
import org.crosscheck.ui.common.FxDialogService;
import org.crosscheck.ui.welcome.FxWorkspaceDialogs;

/**
 * The JavaFX application: opens the workspace named by {@code -Dcrosscheck.workspace=DIR} (the launcher's
 * {@code --workspace DIR}) directly, or else shows the welcome screen, whose default button opens the sample
 * partnership. Workspaces that cannot be opened are explained, and the welcome screen offers another.
 */
public final class WorkbenchApp extends Application {
    /** System property naming the workspace folder to open. */
    public static final String WORKSPACE_PROPERTY = "crosscheck.workspace";

    private final TaskRunner taskRunner = new TaskRunner();
    private WorkspaceSession session;

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrorHandler(dialogs));
        stage.setTitle("Crosscheck");
        stage.getIcons().add(new Image(WorkbenchApp.class.getResource("crosscheck-icon.png").toExternalForm()));
        stage.setWidth(1200);
        stage.setHeight(780);
        session = new WorkspaceSession(stage, SettingsStore.inAppData(), taskRunner, dialogs,
                new FxWorkspaceDialogs(stage), WorkspaceSession.defaultSampleFolder());
        // when the window is not closed but the process is ended (logging off, a kill), close the H2 store cleanly
        // too, rather than leave it to recover on the next open
        WorkspaceSession current = session;
        Runtime.getRuntime().addShutdownHook(new Thread(current::closeWorkspace, "close-workspace"));
        String configured = System.getProperty(WORKSPACE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            session.showWelcome();
        } else {
            session.open(Path.of(configured), null, false);
        }
    }

    @Override
    public void stop() {
        taskRunner.shutdown();
        if (session != null) {
            session.closeWorkspace();
        }
    }
}
