package org.crosscheck.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.ViewLoader;
import org.crosscheck.ui.sources.SourcesController;

/** The main window: menu, navigation between screens, and the status bar with background progress and cancel. */
public final class MainWindowController {
    private final ViewLoader loader;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final Path workspaceDirectory;
    private final String version;
    private SourcesController sources;

    @FXML private BorderPane content;
    @FXML private ToggleButton sourcesNav;
    @FXML private ToggleButton linkingNav;
    @FXML private ToggleButton reviewNav;
    @FXML private ToggleButton businessesNav;
    @FXML private ToggleGroup navigation;
    @FXML private Label workspaceLabel;
    @FXML private Label statusMessage;
    @FXML private ProgressBar statusProgress;
    @FXML private Button statusCancel;

    public MainWindowController(ViewLoader loader, BackgroundWork work, DialogService dialogs, Path workspaceDirectory,
                                String version) {
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
        showSources();
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
    private void showBusinesses() {
        businessesNav.setSelected(true);
        content.setCenter(loader.load(org.crosscheck.ui.businesses.BusinessesController.class,
                "BusinessesView.fxml").root());
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
