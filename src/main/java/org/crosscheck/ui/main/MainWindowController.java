package org.crosscheck.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.ViewLoader;
import org.crosscheck.ui.common.WorkspaceActions;
import org.crosscheck.ui.sources.SourcesController;

/** The main window: menu, navigation between screens, and the status bar with background progress and cancel. */
public final class MainWindowController {
    private final ViewLoader loader;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final Path workspaceDirectory;
    private final String version;
    private final WorkspaceActions workspaces;
    private SourcesController sources;

    @FXML private Menu recentMenu;
    @FXML private BorderPane content;
    @FXML private ToggleButton sourcesNav;
    @FXML private ToggleButton linkingNav;
    @FXML private ToggleButton reviewNav;
    @FXML private ToggleButton pictureNav;
    @FXML private ToggleButton taskingNav;
    @FXML private ToggleButton referralsNav;
    @FXML private ToggleButton businessesNav;
    @FXML private ToggleButton exportsNav;
    @FXML private ToggleGroup navigation;
    @FXML private Label workspaceLabel;
    @FXML private Label statusMessage;
    @FXML private ProgressBar statusProgress;
    @FXML private Button statusCancel;

    public MainWindowController(ViewLoader loader, BackgroundWork work, DialogService dialogs, Path workspaceDirectory,
                                String version) {
        this(loader, work, dialogs, workspaceDirectory, version, WorkspaceActions.NONE);
    }

    public MainWindowController(ViewLoader loader, BackgroundWork work, DialogService dialogs, Path workspaceDirectory,
                                String version, WorkspaceActions workspaces) {
        this.workspaces = workspaces;
        this.loader = loader;
        this.work = work;
        this.dialogs = dialogs;
        this.workspaceDirectory = workspaceDirectory;
        this.version = version;
    }

    @FXML
    private void initialize() {
        workspaceLabel.setText("Workspace: " + workspaceDirectory);
        statusMessage.textProperty().bind(work.messageProperty());
        statusProgress.progressProperty().bind(work.progressProperty());
        statusProgress.visibleProperty().bind(work.runningProperty());
        statusCancel.visibleProperty().bind(work.runningProperty());
        // a toggle group lets the selected button be un-pressed; keep one screen always chosen
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        for (Path recent : workspaces.recentWorkspaces()) {
            if (!recent.equals(workspaceDirectory)) {
                MenuItem item = new MenuItem(recent.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> workspaces.openWorkspace(recent));
                recentMenu.getItems().add(item);
            }
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
        showSources();
    }

    /** Loads the sample partnership into this (empty) workspace, as the welcome screen's sample button asks. */
    public void loadSamplePartnership() {
        showSources();
        sources.viewModel().loadSample();
    }

    @FXML
    private void newWorkspace() {
        workspaces.createWorkspace();
    }

    @FXML
    private void openWorkspace() {
        workspaces.chooseWorkspace();
    }

    @FXML
    private void preferences() {
        workspaces.showPreferences();
    }

    @FXML
    private void showSources() {
        sourcesNav.setSelected(true);
        ViewLoader.Loaded<SourcesController> view = loader.load(SourcesController.class, "SourcesView.fxml");
        sources = view.controller();
        content.setCenter(view.root());
    }

    @FXML
    private void showLinking() {
        linkingNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.linkrun.LinkingController.class, "LinkingView.fxml").root());
    }

    @FXML
    private void showReview() {
        reviewNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.review.ReviewController.class, "ReviewView.fxml").root());
    }

    @FXML
    private void showPicture() {
        pictureNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.picture.PictureController.class, "PictureView.fxml").root());
    }

    @FXML
    private void showTasking() {
        taskingNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.tasking.TaskingController.class, "TaskingView.fxml").root());
    }

    @FXML
    private void showReferrals() {
        referralsNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.referrals.ReferralsController.class, "ReferralsView.fxml")
                .root());
    }

    @FXML
    private void showBusinesses() {
        businessesNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.businesses.BusinessesController.class,
                "BusinessesView.fxml").root());
    }

    @FXML
    private void showExports() {
        exportsNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.exports.ExportsController.class, "ExportsView.fxml").root());
    }

    @FXML
    private void importFile() {
        if (sources == null || !sourcesNav.isSelected()) {
            showSources();
        }
        sources.importFile();
    }

    @FXML
    private void cancelWork() {
        work.cancel();
    }

    @FXML
    private void about() {
        dialogs.showInformation("About Crosscheck", "Crosscheck " + version + "\n\nLinks the spreadsheets that "
                + "partner agencies hold about the same local businesses.\nWorkspace: " + workspaceDirectory);
    }

    @FXML
    private void quit() {
        Platform.exit();
    }
}
