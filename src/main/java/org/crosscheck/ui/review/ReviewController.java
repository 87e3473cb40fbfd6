package org.crosscheck.ui.review;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.Verdict;

/**
 * Binds the review screen and its keys: M match, N not a match, U unsure, arrows previous/next, Ctrl+Z undo.
 * Keys are taken at the window's scene while the screen is shown, so they work wherever the focus is, except while
 * typing (the note, the probability boxes).
 */
public final class ReviewController {
    private final ReviewViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label headline;
    @FXML private Label progress;
    @FXML private Label sentence;
    @FXML private javafx.scene.control.ComboBox<ReviewViewModel.SourcePair> sourcePairBox;
    @FXML private javafx.scene.control.ComboBox<String> areaBox;
    @FXML private javafx.scene.control.Spinner<Double> minSpinner;
    @FXML private javafx.scene.control.Spinner<Double> maxSpinner;
    @FXML private javafx.scene.control.CheckBox blindBox;
    @FXML private TableView<FieldRow> fieldsTable;
    @FXML private TableColumn<FieldRow, String> fieldColumn;
    @FXML private TableColumn<FieldRow, String> leftColumn;
    @FXML private TableColumn<FieldRow, String> rightColumn;
    @FXML private TableColumn<FieldRow, String> agreementColumn;
    @FXML private TableView<FieldRow> cellsTable;
    @FXML private TableColumn<FieldRow, String> cellColumn;
    @FXML private TableColumn<FieldRow, String> cellLeftColumn;
    @FXML private TableColumn<FieldRow, String> cellRightColumn;
    @FXML private ListView<PairExplainer.Part> partsList;
    @FXML private ListView<String> contextList;
    @FXML private javafx.scene.layout.StackPane waterfallPane;
    @FXML private TextField noteField;
    @FXML private Button matchButton;
    @FXML private Button differentButton;
    @FXML private Button unsureButton;
    @FXML private Button learnButton;
    @FXML private Label learnt;

    public ReviewController(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(viewModel.headlineProperty());
        progress.textProperty().bind(viewModel.progressProperty());
        sentence.textProperty().bind(viewModel.sentenceProperty());
        sourcePairBox.setItems(viewModel.sourcePairs());
        sourcePairBox.valueProperty().bindBidirectional(viewModel.sourcePairProperty());
        areaBox.setItems(viewModel.areas());
        areaBox.valueProperty().bindBidirectional(viewModel.areaProperty());
        minSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0, 0.05));
        maxSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 1, 0.05));
        minSpinner.valueProperty().addListener((obs, old, now) -> viewModel.minProbabilityProperty().set(now));
        maxSpinner.valueProperty().addListener((obs, old, now) -> viewModel.maxProbabilityProperty().set(now));
        blindBox.selectedProperty().bindBidirectional(viewModel.blindProperty());
        fieldsTable.setItems(viewModel.fields());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        leftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().left()));
        rightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().right()));
        agreementColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(switch (c.getValue().agreement()) {
            case SAME -> "same";
            case SIMILAR -> "similar";
            case DIFFERENT -> "different";
            case MISSING -> "one side only";
            case NONE -> "";
        }));
        fieldsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FieldRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("agree-same", "agree-similar", "agree-different");
                if (!empty && item != null) {
                    switch (item.agreement()) {
                        case SAME -> getStyleClass().add("agree-same");
                        case SIMILAR -> getStyleClass().add("agree-similar");
                        case DIFFERENT -> getStyleClass().add("agree-different");
                        default -> { }
                    }
                }
            }
        });
        cellsTable.setItems(viewModel.cells());
        cellColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        cellLeftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().left()));
        cellRightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().right()));
        partsList.setItems(viewModel.parts());
        partsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PairExplainer.Part p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : String.format("%+6.1f bits   %s", p.bits(), p.words()));
            }
        });
        contextList.setItems(viewModel.context());
        org.jfree.chart.fx.ChartViewer waterfall = new org.jfree.chart.fx.ChartViewer(
                org.crosscheck.charts.WaterfallChart.of(List.of()));
        waterfall.setId("waterfallChart");
        waterfallPane.getChildren().add(waterfall);
        viewModel.waterfallProperty().addListener((obs, old, steps) -> {
            waterfall.setVisible(!steps.isEmpty());
            if (!steps.isEmpty()) {
                waterfall.setChart(org.crosscheck.charts.WaterfallChart.of(steps));
            }
        });
        waterfall.setVisible(false);
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        var busy = viewModel.work().runningProperty();
        var nothing = viewModel.currentProperty().isNull();
        learnButton.setVisible(viewModel.canLearn());
        learnButton.disableProperty().bind(busy);
        learnt.textProperty().bind(viewModel.learntProperty());
        learnt.managedProperty().bind(learnt.textProperty().isNotEmpty());
        matchButton.disableProperty().bind(busy.or(nothing));
        differentButton.disableProperty().bind(busy.or(nothing));
        unsureButton.disableProperty().bind(busy.or(nothing));
        // the keys work wherever the focus is (the navigation button just clicked, say) while this screen is shown:
        // the filter sits on the window's scene and leaves with the screen
        javafx.event.EventHandler<KeyEvent> keys = this::onKey;
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                javafx.application.Platform.runLater(fieldsTable::requestFocus);
            }
        });
        viewModel.load();
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            viewModel.undo();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || sourcePairBox.isFocused()
                || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case M -> viewModel.decide(Verdict.SAME);
            case N -> viewModel.decide(Verdict.DIFFERENT);
            case U -> viewModel.decide(Verdict.UNSURE);
            case RIGHT -> viewModel.next();
            case LEFT -> viewModel.previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    @FXML
    private void learn() {
        viewModel.learn();
    }

    @FXML
    private void match() {
        viewModel.decide(Verdict.SAME);
    }

    @FXML
    private void different() {
        viewModel.decide(Verdict.DIFFERENT);
    }

    @FXML
    private void unsure() {
        viewModel.decide(Verdict.UNSURE);
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }
}
