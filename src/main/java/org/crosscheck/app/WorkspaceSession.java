package org.crosscheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.settings.SettingsStore;
import org.crosscheck.storage.Workspace;
import org.crosscheck.storage.WorkspacePasswordException;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.ViewLoader;
import org.crosscheck.ui.common.WorkspaceActions;
import org.crosscheck.ui.main.MainWindowController;
import org.crosscheck.ui.preferences.PreferencesController;
import org.crosscheck.ui.preferences.PreferencesViewModel;
import org.crosscheck.ui.welcome.NewWorkspaceRequest;
import org.crosscheck.ui.welcome.WelcomeController;
import org.crosscheck.ui.welcome.WelcomeViewModel;
import org.crosscheck.ui.welcome.WorkspaceDialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one window and the workspace open in it: shows the welcome screen, opens, creates and switches
 * workspaces (asking for a password when one is protected), remembers them as recent, and shows Preferences.
 * Used on the FX thread only.
 */
public final class WorkspaceSession implements WorkspaceActions {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);
    private static final String APP_CSS = "/org/crosscheck/ui/common/app.css";

    private final Stage stage;
    private final SettingsStore settings;
    private final TaskRunner taskRunner;
    private final DialogService dialogs;
    private final WorkspaceDialogs workspaceDialogs;
    private final Path sampleFolder;
    private final ViewLoader loader = new ViewLoader(this::controllerFor);
    private volatile Workspace workspace;
    private AppContext context;

    /**
     * @param sampleFolder the sample partnership's own workspace folder ({@link #defaultSampleFolder()} in the app)
     */
    public WorkspaceSession(Stage stage, SettingsStore settings, TaskRunner taskRunner, DialogService dialogs,
                            WorkspaceDialogs workspaceDialogs, Path sampleFolder) {
        this.stage = stage;
        this.settings = settings;
        this.taskRunner = taskRunner;
        this.dialogs = dialogs;
        this.workspaceDialogs = workspaceDialogs;
        this.sampleFolder = sampleFolder;
    }

    /** {@code Crosscheck/sample-partnership} in the home folder, beside the command line's default workspace. */
    public static Path defaultSampleFolder() {
        return Workspace.defaultDirectory().resolveSibling("sample-partnership");
    }

    private Object controllerFor(Class<?> type) {
        if (type == WelcomeController.class) {
            return new WelcomeController(new WelcomeViewModel(this));
        }
        if (type == PreferencesController.class) {
            return new PreferencesController(new PreferencesViewModel(settings));
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }

    /** The welcome screen: sample, new, open, recent workspaces. Closes the open workspace, if any. */
    public void showWelcome() {
        closeWorkspace();
        show(loader.load(WelcomeController.class, "WelcomeView.fxml").root(), "Crosscheck");
    }

    @Override
    public void openSample() {
        open(sampleFolder, null, true);
    }

    @Override
    public void createWorkspace() {
        if (isBusy()) {
            return;
        }
        Path suggested = Workspace.defaultDirectory().resolveSibling("new-workspace");
        Optional<NewWorkspaceRequest> request = workspaceDialogs.askNewWorkspace(suggested);
        request.ifPresent(r -> open(r.folder(), r.isProtected() ? r.password() : null, false));
    }

    @Override
    public void chooseWorkspace() {
        if (isBusy()) {
            return;
        }
        Path start = settings.load().recentWorkspaces().stream().findFirst().map(Path::getParent)
                .orElse(Workspace.defaultDirectory().getParent());
        Optional<Path> folder = dialogs.chooseFolder("Choose a workspace folder", start);
        if (folder.isEmpty()) {
            return;
        }
        if (!Workspace.exists(folder.get()) && !dialogs.confirm("No workspace in this folder",
                "The folder " + folder.get() + " holds no Crosscheck workspace. Create a new one there, without a "
                        + "password? (Use New workspace… to protect it with one.)")) {
            return;
        }
        open(folder.get(), null, false);
    }

    @Override
    public void openWorkspace(Path folder) {
        if (!Workspace.exists(folder)) {
            settings.update(s -> s.withoutRecent(folder));
            dialogs.showInformation("Workspace not found", "There is no workspace in " + folder + " any more (it was "
                    + "moved or deleted). It has been taken off the recent list.");
            if (workspace == null) {
                showWelcome();
            }
            return;
        }
        open(folder, null, false);
    }

    @Override
    public void showPreferences() {
        Stage window = new Stage();
        window.initOwner(stage);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle("Preferences");
        Scene scene = new Scene(loader.load(PreferencesController.class, "PreferencesView.fxml").root());
        scene.getStylesheets().add(WorkspaceSession.class.getResource(APP_CSS).toExternalForm());
        window.setScene(scene);
        window.showAndWait();
    }

    @Override
    public List<Path> recentWorkspaces() {
        return settings.load().recentWorkspaces();
    }

    /**
     * Opens {@code folder} (creating a workspace there if it has none; protected by {@code password} if given),
     * asking for the password of a protected one, then shows the main window on it.
     */
    public void open(Path folder, char[] password, boolean loadSampleIfEmpty) {
        if (isBusy()) {
            return;
        }
        char[] pw = password;
        if (pw == null && Workspace.isEncrypted(folder)) {
            Optional<char[]> asked = workspaceDialogs.askPassword(folder, false);
            if (asked.isEmpty()) {
                return;
            }
            pw = asked.get();
        }
        closeWorkspace();
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label("Opening workspace " + folder + " …"));
        opening.setAlignment(Pos.CENTER);
        show(opening, "Crosscheck");
        char[] given = pw;
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                Workspace ws = Workspace.open(folder, given);
                return new Opened(ws, ws.sources().listSummaries().isEmpty());
            }
        };
        task.setOnSucceeded(e -> showMainWindow(task.getValue(), loadSampleIfEmpty));
        task.setOnFailed(e -> {
            if (task.getException() instanceof WorkspacePasswordException wrong && wrong.isWrongPassword()) {
                Optional<char[]> again = workspaceDialogs.askPassword(folder, true);
                if (again.isPresent()) {
                    open(folder, again.get(), loadSampleIfEmpty);
                    return;
                }
            } else {
                dialogs.showError("The workspace could not be opened", task.getException());
            }
            showWelcome();
        });
        taskRunner.submit(task);
    }

    private record Opened(Workspace workspace, boolean empty) {
    }

    private void showMainWindow(Opened opened, boolean loadSampleIfEmpty) {
        this.workspace = opened.workspace();
        Path dir = workspace.directory();
        try {
            settings.update(s -> s.withRecent(dir));
        } catch (RuntimeException e) {
            // the workspace is open and usable; only the recent list is not updated
            dialogs.showError("The recent workspaces list could not be saved", e);
        }
        context = new AppContext(workspace, dialogs, taskRunner, this, settings);
        ViewLoader.Loaded<MainWindowController> main = context.viewLoader().load(MainWindowController.class,
                "MainWindowView.fxml");
        show(main.root(), "Crosscheck — " + (dir.getFileName() == null ? dir : dir.getFileName()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        LOG.info("Main window shown for {}", dir);
        if (loadSampleIfEmpty && opened.empty()) {
            main.controller().loadSamplePartnership();
        }
    }

    private void show(Parent root, String title) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(WorkspaceSession.class.getResource(APP_CSS).toExternalForm());
        boolean first = stage.getScene() == null;
        stage.setScene(scene);
        stage.setTitle(title);
        if (first) {
            stage.centerOnScreen();
        }
        stage.show();
    }

    /** True (and says so) while background work runs on the open workspace: it must finish or be cancelled first. */
    private boolean isBusy() {
        if (context != null && context.isBusy()) {
            dialogs.showInformation("Work in progress", "Wait for the current work to finish, or cancel it, before "
                    + "switching workspace.");
            return true;
        }
        return false;
    }

    /** Closes the open workspace, if any. Everything in it is already saved: each change commits on its own. */
    public synchronized void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            context = null;
        }
    }

    /** The open workspace's folder, if one is open. */
    public Optional<Path> openFolder() {
        return Optional.ofNullable(workspace).map(Workspace::directory);
    }
}
