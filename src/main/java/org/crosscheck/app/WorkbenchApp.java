package org.crosscheck.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.FxDialogService;
import org.crosscheck.ui.common.ViewLoader;
import org.crosscheck.ui.main.MainWindowController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the workspace (the default one, or {@code -Dcrosscheck.workspace=DIR}) off the FX
 * thread, then shows the main window. If the workspace cannot be opened (in use elsewhere, unreadable) it says so
 * and offers another folder.
 */
public final class WorkbenchApp extends Application {
    /** System property naming the workspace folder to open. */
    public static final String WORKSPACE_PROPERTY = "crosscheck.workspace";
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    private final TaskRunner taskRunner = new TaskRunner();
    private Workspace workspace;
    private Stage stage;
    private FxDialogService dialogs;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        this.dialogs = new FxDialogService(primaryStage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrorHandler(dialogs));
        stage.setTitle("Crosscheck");
        String configured = System.getProperty(WORKSPACE_PROPERTY);
        openWorkspace(configured == null || configured.isBlank() ? Workspace.defaultDirectory() : Path.of(configured));
    }

    private void openWorkspace(Path directory) {
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label("Opening workspace " + directory + " …"));
        opening.setStyle(null);
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        stage.setScene(new Scene(opening, 640, 240));
        stage.show();
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() {
                return Workspace.open(directory);
            }
        };
        task.setOnSucceeded(e -> showMainWindow(task.getValue()));
        task.setOnFailed(e -> {
            dialogs.showError("The workspace could not be opened", task.getException());
            Optional<Path> other = dialogs.chooseFolder("Choose another workspace folder", directory.getParent());
            if (other.isPresent()) {
                openWorkspace(other.get());
            } else {
                Platform.exit();
            }
        });
        taskRunner.submit(task);
    }

    private void showMainWindow(Workspace opened) {
        this.workspace = opened;
        AppContext context = new AppContext(opened, dialogs, taskRunner);
        ViewLoader.Loaded<MainWindowController> main = context.viewLoader().load(MainWindowController.class,
                "MainWindowView.fxml");
        Scene scene = new Scene(main.root());
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/crosscheck/ui/common/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Crosscheck — " + opened.directory().getFileName());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.centerOnScreen();
        LOG.info("Main window shown for {}", opened.directory());
    }

    @Override
    public void stop() {
        taskRunner.shutdown();
        if (workspace != null) {
            workspace.close();
        }
    }
}
