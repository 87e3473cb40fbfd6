package org.crosscheck.ui.preferences;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Binds the Preferences dialog; Save closes it when the values are accepted. */
public final class PreferencesController {
    private final PreferencesViewModel viewModel;

    @FXML private TextField analystNameField;
    @FXML private TextField matchField;
    @FXML private TextField reviewField;
    @FXML private TextField staleDaysField;
    @FXML private Label problemLabel;

    public PreferencesController(PreferencesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        analystNameField.textProperty().bindBidirectional(viewModel.analystNameProperty());
        matchField.textProperty().bindBidirectional(viewModel.matchThresholdProperty());
        reviewField.textProperty().bindBidirectional(viewModel.reviewThresholdProperty());
        staleDaysField.textProperty().bindBidirectional(viewModel.staleDaysProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            close();
        }
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        Window window = analystNameField.getScene().getWindow();
        window.hide();
    }
}
