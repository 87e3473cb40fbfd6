package org.crosscheck.ui.sources;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.SourceSummary;
import org.crosscheck.ui.common.DisplayNames;
import org.crosscheck.ui.common.NumberCell;
import org.crosscheck.ui.importwizard.ImportWizardLauncher;

/** Binds the Sources screen: sources, the selected source's imports and their problems, and import actions. */
public final class SourcesController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SourcesViewModel viewModel;
    private final ImportWizardLauncher wizard;

    @FXML private TableView<SourceSummary> sourcesTable;
    @FXML private TableColumn<SourceSummary, String> nameColumn;
    @FXML private TableColumn<SourceSummary, String> kindColumn;
    @FXML private TableColumn<SourceSummary, Integer> recordsColumn;
    @FXML private TableColumn<SourceSummary, Integer> importsColumn;
    @FXML private TableColumn<SourceSummary, String> lastImportColumn;
    @FXML private TableColumn<SourceSummary, String> statusColumn;
    @FXML private TableView<ImportBatchInfo> batchesTable;
    @FXML private TableColumn<ImportBatchInfo, String> batchWhenColumn;
    @FXML private TableColumn<ImportBatchInfo, String> batchFileColumn;
    @FXML private TableColumn<ImportBatchInfo, String> batchSheetColumn;
    @FXML private TableColumn<ImportBatchInfo, Integer> batchImportedColumn;
    @FXML private TableColumn<ImportBatchInfo, Integer> batchSkippedColumn;
    @FXML private TableColumn<ImportBatchInfo, Integer> batchNewColumn;
    @FXML private TableColumn<ImportBatchInfo, Integer> batchKeptColumn;
    @FXML private TableColumn<ImportBatchInfo, Integer> batchRetiredColumn;
    @FXML private TableView<ImportProblem> problemsTable;
    @FXML private TableColumn<ImportProblem, Integer> problemRowColumn;
    @FXML private TableColumn<ImportProblem, String> problemColumnColumn;
    @FXML private TableColumn<ImportProblem, String> problemMessageColumn;
    @FXML private Button reimportButton;
    @FXML private Label totalsLabel;

    public SourcesController(SourcesViewModel viewModel, ImportWizardLauncher wizard) {
        this.viewModel = viewModel;
        this.wizard = wizard;
    }

    @FXML
    private void initialize() {
        sourcesTable.setItems(viewModel.sources());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DisplayNames.of(c.getValue().source().kind())));
        recordsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().currentRecords()));
        importsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().batchCount()));
        lastImportColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lastImportedAt() == null
                ? "never" : WHEN.format(c.getValue().lastImportedAt())));
        for (TableColumn<SourceSummary, Integer> column : java.util.List.of(recordsColumn, importsColumn)) {
            column.setCellFactory(c -> new NumberCell<>());
        }
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.isStale(c.getValue())
                ? "Stale (over " + viewModel.staleDays() + " days)" : "Up to date"));
        sourcesTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("stale");
                if (!empty && item != null && viewModel.isStale(item)) {
                    getStyleClass().add("stale");
                }
            }
        });
        viewModel.selectedSourceProperty().bind(sourcesTable.getSelectionModel().selectedItemProperty());
        reimportButton.disableProperty().bind(sourcesTable.getSelectionModel().selectedItemProperty().isNull());

        batchesTable.setItems(viewModel.batches());
        batchWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().importedAt())));
        batchFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fileName()));
        batchSheetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheetName()));
        batchImportedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowsImported()));
        batchSkippedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowsSkipped()));
        batchNewColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recordsNew()));
        batchKeptColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recordsKept()));
        batchRetiredColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recordsRetired()));
        for (TableColumn<ImportBatchInfo, Integer> column : java.util.List.of(batchImportedColumn, batchSkippedColumn,
                batchNewColumn, batchKeptColumn, batchRetiredColumn)) {
            column.setCellFactory(c -> new NumberCell<>());
        }
        batchesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedBatchProperty().set(now);
            }
        });
        viewModel.selectedBatchProperty().addListener((obs, old, now) -> {
            if (now != null && batchesTable.getSelectionModel().getSelectedItem() != now) {
                batchesTable.getSelectionModel().select(now);
            }
        });

        problemsTable.setItems(viewModel.problems());
        problemRowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        problemColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column() == null ? ""
                : c.getValue().column()));
        problemMessageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                (c.getValue().severity() == ImportProblem.Severity.SKIPPED ? "Skipped: " : "Warning: ")
                        + c.getValue().message()));
        totalsLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                String.format("%,d sources, %,d current records", viewModel.sources().size(),
                        viewModel.totalRecordsProperty().get()), viewModel.sources(), viewModel.totalRecordsProperty()));
        viewModel.refresh();
    }

    /** Opens the import wizard for any file (menu File → Import, Ctrl+I). */
    @FXML
    public void importFile() {
        wizard.open(sourcesTable.getScene().getWindow(), knownSources(), null, viewModel::refresh);
    }

    @FXML
    private void reimport() {
        SourceSummary selected = sourcesTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            wizard.open(sourcesTable.getScene().getWindow(), knownSources(), selected.source().name(),
                    viewModel::refresh);
        }
    }

    @FXML
    private void loadSample() {
        viewModel.loadSample();
    }

    private Map<String, AgencyKind> knownSources() {
        Map<String, AgencyKind> known = new LinkedHashMap<>();
        viewModel.sources().forEach(s -> known.put(s.source().name(), s.source().kind()));
        return known;
    }

    public SourcesViewModel viewModel() {
        return viewModel;
    }
}
