package org.crosscheck.ui.welcome;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Binds the welcome screen: sample, new, open, recent workspaces and preferences. */
public final class WelcomeController {
    private final WelcomeViewModel viewModel;

    @FXML private Button openSampleButton;
    @FXML private Button openRecentButton;
    @FXML private ListView<Path> recentList;

    public WelcomeController(WelcomeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        recentList.setItems(viewModel.recent());
        recentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : (item.getFileName() == null ? item.toString() : item.getFileName() + "   —   " + item));
            }
        });
        viewModel.selectedRecentProperty().bind(recentList.getSelectionModel().selectedItemProperty());
        openRecentButton.disableProperty().bind(recentList.getSelectionModel().selectedItemProperty().isNull());
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.openSelected();
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                viewModel.openSelected();
            }
        });
        // the default button has the focus, so Enter alone opens the sample partnership
        Platform.runLater(openSampleButton::requestFocus);
    }

    @FXML
    private void openSample() {
        viewModel.openSample();
    }

    @FXML
    private void createWorkspace() {
        viewModel.createWorkspace();
    }

    @FXML
    private void chooseWorkspace() {
        viewModel.chooseWorkspace();
    }

    @FXML
    private void openRecent() {
        viewModel.openSelected();
    }

    @FXML
    private void showPreferences() {
        viewModel.showPreferences();
    }
}
