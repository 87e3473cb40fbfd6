package org.crosscheck.ui.linkrun;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crosscheck.linkage.block.BlockingResult;

/** Binds the Linking screen: thresholds, run / relink / cancel buttons, progress, and the run summary. */
public final class LinkingController {
    private final LinkingViewModel viewModel;

    @FXML private Slider matchSlider;
    @FXML private Slider reviewSlider;
    @FXML private Label matchValue;
    @FXML private Label reviewValue;
    @FXML private Button runButton;
    @FXML private Button relinkButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private TableView<String[]> figuresTable;
    @FXML private TableColumn<String[], String> figureColumn;
    @FXML private TableColumn<String[], String> valueColumn;
    @FXML private TableView<BlockingResult.RuleCount> rulesTable;
    @FXML private TableColumn<BlockingResult.RuleCount, String> ruleColumn;
    @FXML private TableColumn<BlockingResult.RuleCount, String> rulePairsColumn;
    @FXML private TableColumn<BlockingResult.RuleCount, String> ruleCappingColumn;

    public LinkingController(LinkingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        matchSlider.valueProperty().bindBidirectional(viewModel.matchThresholdProperty());
        reviewSlider.valueProperty().bindBidirectional(viewModel.reviewThresholdProperty());
        // the review band lies below the match threshold
        reviewSlider.maxProperty().bind(matchSlider.valueProperty());
        matchValue.textProperty().bind(Bindings.format("%.0f%%", matchSlider.valueProperty().multiply(100)));
        reviewValue.textProperty().bind(Bindings.format("%.0f%%", reviewSlider.valueProperty().multiply(100)));
        var running = viewModel.work().runningProperty();
        runButton.disableProperty().bind(running);
        relinkButton.disableProperty().bind(running.or(viewModel.summaryProperty().isNull()));
        cancelButton.disableProperty().bind(running.not());
        progressBar.visibleProperty().bind(running);
        progressBar.progressProperty().bind(viewModel.work().progressProperty());
        progressLabel.textProperty().bind(viewModel.work().messageProperty());

        figuresTable.setItems(viewModel.figures());
        figureColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[1]));
        rulesTable.setItems(viewModel.rules());
        ruleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        rulePairsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format("%,d", c.getValue().pairs())));
        ruleCappingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().blocksSplit() == 0 ? ""
                : String.format("%d oversized blocks split (largest %,d records), %d parts skipped",
                        c.getValue().blocksSplit(), c.getValue().largestBlock(), c.getValue().blocksSkipped())));
        viewModel.load();
    }

    @FXML
    private void runAll() {
        viewModel.run(false);
    }

    @FXML
    private void relinkChanged() {
        viewModel.run(true);
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
