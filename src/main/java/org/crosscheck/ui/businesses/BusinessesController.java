package org.crosscheck.ui.businesses;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.crosscheck.insight.BusinessSearch;

/** Binds the Businesses screen: search, results, the business's records, split and merge. */
public final class BusinessesController {
    private final BusinessesViewModel viewModel;

    @FXML private TextField searchField;
    @FXML private ListView<BusinessSearch.Hit> resultsList;
    @FXML private Label headline;
    @FXML private Label status;
    @FXML private TableView<BusinessesViewModel.RecordRow> recordsTable;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> agencyColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> nameColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> addressColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> postcodeColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> phoneColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> refColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> idColumn;
    @FXML private TableColumn<BusinessesViewModel.RecordRow, String> whyColumn;
    @FXML private javafx.scene.control.Label whyLabel;
    @FXML private ListView<String> decisionsList;
    @FXML private TextField noteField;
    @FXML private TextField mergeField;
    @FXML private Button splitButton;
    @FXML private Button mergeButton;

    public BusinessesController(BusinessesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        resultsList.setItems(viewModel.results());
        resultsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BusinessSearch.Hit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    return;
                }
                var r = h.record();
                setText(String.format("%s  %s%n%s %s  (%s; %d record%s)", r.entityId() == null ? "not linked"
                        : "#" + r.entityId(), r.name() == null ? "(no name)" : r.name(),
                        r.address() == null ? "" : r.address(), r.postcode() == null ? "" : r.postcode(),
                        r.sourceName(), h.records(), h.records() == 1 ? "" : "s"));
            }
        });
        resultsList.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> viewModel.open(hit));
        headline.textProperty().bind(viewModel.headlineProperty());
        status.textProperty().bind(viewModel.statusProperty());
        recordsTable.setItems(viewModel.records());
        agencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agency()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        addressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().address()));
        postcodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().postcode()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        refColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().recordId())));
        whyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().why()));
        recordsTable.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> whyLabel.setText(
                row == null ? "Select a record to see why it is in this business."
                        : row.why().isEmpty() ? "Record " + row.recordId() + " is the business's only record."
                        : "Record " + row.recordId() + ": " + row.why()));
        whyColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String why, boolean empty) {
                super.updateItem(why, empty);
                setText(empty ? null : why);
                // the reason is often longer than the column: the whole sentence on hover
                setTooltip(empty || why == null || why.isEmpty() ? null : new javafx.scene.control.Tooltip(why));
            }
        });
        decisionsList.setItems(viewModel.decisions());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        mergeField.textProperty().bindBidirectional(viewModel.mergeWithProperty());
        var busy = viewModel.work().runningProperty();
        var nothing = viewModel.businessProperty().isNull();
        splitButton.disableProperty().bind(busy.or(nothing)
                .or(recordsTable.getSelectionModel().selectedItemProperty().isNull())
                .or(javafx.beans.binding.Bindings.size(viewModel.records()).lessThan(2)));
        mergeButton.disableProperty().bind(busy.or(nothing).or(mergeField.textProperty().isEmpty()));
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void split() {
        viewModel.split(recordsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void merge() {
        viewModel.merge();
    }
}
