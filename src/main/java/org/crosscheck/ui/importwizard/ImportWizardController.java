package org.crosscheck.ui.importwizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.SheetPreview;
import org.crosscheck.ingest.read.RawRow;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.DisplayNames;
import org.crosscheck.ui.common.EnumCells;
import org.crosscheck.ui.importwizard.ImportWizardViewModel.Step;

/** Binds the import wizard's view to its view model; no logic of its own beyond building table columns. */
public final class ImportWizardController {
    private static final String[][] STEP_TEXT = {
        {"Import an agency file (1 of 6): file and source",
            "Choose the file the agency sent and the source it belongs to."},
        {"Import (2 of 6): sheet and header row",
            "Check the sheet and the row holding the column names (highlighted). Title rows above it are ignored."},
        {"Import (3 of 6): what each column means",
            "Check the suggested meaning of each column; change any that are wrong. Unused columns are still kept."},
        {"Import (4 of 6): risk scale", "Bring this agency's risk ratings onto the common High / Medium / Low / None scale."},
        {"Import (5 of 6): check", "Nothing has been written yet. Review, then press Import."},
        {"Import (6 of 6): importing", "The import is one step: it completes, or the workspace stays exactly as it was."}};

    private final ImportWizardViewModel viewModel;
    private final DialogService dialogs;

    @FXML private Label stepTitle;
    @FXML private Label stepHint;
    @FXML private Node filePane;
    @FXML private Node sheetPane;
    @FXML private Node mappingPane;
    @FXML private Node riskPane;
    @FXML private Node checkPane;
    @FXML private Node importPane;
    @FXML private TextField filePathField;
    @FXML private ComboBox<String> sourceNameBox;
    @FXML private ComboBox<AgencyKind> kindBox;
    @FXML private ComboBox<String> sheetBox;
    @FXML private Spinner<Integer> headerSpinner;
    @FXML private TableView<RawRow> previewTable;
    @FXML private Label originLabel;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> headerColumn;
    @FXML private TableColumn<MappingRow, String> samplesColumn;
    @FXML private TableColumn<MappingRow, CanonicalField> fieldColumn;
    @FXML private TableColumn<MappingRow, String> confidenceColumn;
    @FXML private TableColumn<MappingRow, String> reasonColumn;
    @FXML private TableView<RiskRow> riskTable;
    @FXML private TableColumn<RiskRow, String> rawValueColumn;
    @FXML private TableColumn<RiskRow, RiskBand> bandColumn;
    @FXML private ListView<String> errorsList;
    @FXML private ListView<String> notesList;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label resultLabel;
    @FXML private ListView<String> problemsList;
    @FXML private Label errorLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    public ImportWizardController(ImportWizardViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    public ImportWizardViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        filePathField.textProperty().bindBidirectional(viewModel.filePathProperty());
        sourceNameBox.getEditor().textProperty().bindBidirectional(viewModel.sourceNameProperty());
        sourceNameBox.disableProperty().bind(viewModel.sourceLockedProperty());
        kindBox.setItems(FXCollections.observableArrayList(AgencyKind.values()));
        kindBox.setConverter(EnumCells.converter(AgencyKind.class, DisplayNames::of));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        kindBox.disableProperty().bind(viewModel.sourceLockedProperty());

        sheetBox.setItems(viewModel.sheets());
        sheetBox.valueProperty().bindBidirectional(viewModel.sheetProperty());
        sheetBox.setOnAction(e -> viewModel.reloadPreview());
        headerSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1_000_000, 1));
        viewModel.headerRowProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(headerSpinner.getValue())) {
                headerSpinner.getValueFactory().setValue(now);
            }
        });
        headerSpinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(viewModel.headerRowProperty().get())) {
                viewModel.headerRowProperty().set(now);
                viewModel.reloadPreview();
            }
        });
        viewModel.previewProperty().addListener((obs, old, now) -> showPreview(now));

        originLabel.textProperty().bind(viewModel.mappingOriginProperty());
        mappingTable.setItems(viewModel.mappingRows());
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getHeader()));
        samplesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getSamples()));
        ObservableList<CanonicalField> fields = FXCollections.observableArrayList();
        fields.add(null);
        fields.addAll(Arrays.asList(CanonicalField.values()));
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        fieldColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                EnumCells.converter(CanonicalField.class, DisplayNames::of), fields));
        confidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getConfidence() <= 0 ? ""
                : Math.round(c.getValue().getConfidence() * 100) + "%"));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getReason()));

        // Enter moves on from the tables too (they would otherwise swallow it) unless a cell is being edited
        for (TableView<?> table : List.of(mappingTable, riskTable)) {
            table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getEditingCell() == null) {
                    e.consume();
                    viewModel.next();
                }
            });
        }
        riskTable.setItems(viewModel.riskRows());
        rawValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getRawValue()));
        bandColumn.setCellValueFactory(c -> c.getValue().bandProperty());
        bandColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                EnumCells.converter(RiskBand.class, DisplayNames::of), RiskBand.values()));

        errorsList.setItems(viewModel.checkErrors());
        notesList.setItems(viewModel.checkNotes());
        for (ListView<String> list : List.of(errorsList, notesList, problemsList)) {
            list.setCellFactory(l -> new WrappingCell());
        }
        reasonColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });

        progressBar.progressProperty().bind(viewModel.work().progressProperty());
        progressLabel.textProperty().bind(viewModel.work().messageProperty());
        viewModel.resultProperty().addListener((obs, old, now) -> showResult(now));

        errorLabel.textProperty().bind(viewModel.errorProperty());
        backButton.disableProperty().bind(viewModel.canGoBack().not());
        nextButton.disableProperty().bind(viewModel.busyProperty()
                .or(viewModel.stepProperty().isEqualTo(Step.IMPORT)));
        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        viewModel.finishedProperty().addListener((obs, old, now) -> {
            cancelButton.setText(now ? "Close" : "Cancel");
            if (now) {
                stepTitle.setText("Import finished");
                progressBar.progressProperty().unbind();
                progressBar.setProgress(1);
            }
        });
        viewModel.busyProperty().addListener((obs, old, now) -> {
            if (viewModel.stepProperty().get() == Step.IMPORT) {
                cancelButton.setText(now ? "Cancel import" : viewModel.finishedProperty().get() ? "Close" : "Cancel");
            }
        });
        showStep(Step.FILE);
    }

    /** Fills the source name list; called by the launcher before showing the wizard. */
    public void setKnownSourceNames(List<String> names) {
        sourceNameBox.setItems(FXCollections.observableArrayList(names));
    }

    private void showStep(Step step) {
        List<Node> panes = List.of(filePane, sheetPane, mappingPane, riskPane, checkPane, importPane);
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == step.ordinal());
        }
        stepTitle.setText(STEP_TEXT[step.ordinal()][0]);
        stepHint.setText(STEP_TEXT[step.ordinal()][1]);
        nextButton.setText(step == Step.CHECK ? "_Import" : "_Next >");
        // focus must leave the hidden step, or its controls would still take the keys; Enter then means Next
        Node first = switch (step) {
            case FILE -> filePathField;
            case MAPPING -> mappingTable;
            case RISK -> riskTable;
            case IMPORT -> cancelButton;
            default -> nextButton;
        };
        javafx.application.Platform.runLater(first::requestFocus);
    }

    private void showPreview(SheetPreview preview) {
        previewTable.getColumns().clear();
        if (preview == null) {
            return;
        }
        int width = preview.topRows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        TableColumn<RawRow, String> rowColumn = new TableColumn<>("Row");
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().rowNumber())));
        rowColumn.setPrefWidth(50);
        previewTable.getColumns().add(rowColumn);
        for (int c = 0; c < width; c++) {
            int index = c;
            TableColumn<RawRow, String> col = new TableColumn<>(org.apache.poi.ss.util.CellReference
                    .convertNumToColString(c));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().cell(index)));
            col.setPrefWidth(130);
            previewTable.getColumns().add(col);
        }
        int headerNumber = preview.header().rowNumber();
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RawRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("header-row");
                if (!empty && item != null && item.rowNumber() == headerNumber) {
                    getStyleClass().add("header-row");
                }
            }
        });
        List<RawRow> rows = new ArrayList<>(preview.topRows());
        preview.sampleRows().stream().filter(r -> r.rowNumber() > rows.size()).limit(50).forEach(rows::add);
        previewTable.setItems(FXCollections.observableArrayList(rows));
    }

    private void showResult(ImportResult result) {
        if (result == null) {
            return;
        }
        ImportBatchInfo b = result.batch();
        resultLabel.setText(String.format("Imported %,d records into '%s' (%,d kept, %,d new, %,d retired). "
                + "%,d rows were skipped.", b.rowsImported(), result.sourceName(), b.recordsKept(), b.recordsNew(),
                b.recordsRetired(), b.rowsSkipped()));
        List<String> lines = new ArrayList<>(result.warnings());
        for (ImportProblem p : result.problems()) {
            lines.add("Row " + p.rowNumber() + (p.column() == null ? "" : ", column '" + p.column() + "'") + ": "
                    + (p.severity() == ImportProblem.Severity.SKIPPED ? "skipped, " : "") + p.message());
        }
        problemsList.setItems(FXCollections.observableArrayList(lines));
    }

    @FXML
    private void browse() {
        Path start = viewModel.filePathProperty().get().isBlank() ? null
                : Path.of(viewModel.filePathProperty().get()).toAbsolutePath().getParent();
        dialogs.chooseSpreadsheet(start).ifPresent(p -> viewModel.filePathProperty().set(p.toString()));
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void cancel() {
        if (viewModel.busyProperty().get() && viewModel.stepProperty().get() == Step.IMPORT) {
            viewModel.cancelImport();
            return;
        }
        ((Stage) cancelButton.getScene().getWindow()).close();
    }

    /** A list cell whose text wraps to the list's width, for sentences longer than one line. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            prefWidthProperty().bind(listViewProperty().flatMap(l -> l.widthProperty()).map(w -> w.doubleValue() - 20));
            setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
