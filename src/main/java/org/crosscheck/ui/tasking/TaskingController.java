package org.crosscheck.ui.tasking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.ui.common.DisplayNames;
import org.crosscheck.ui.common.EnumCells;
import org.crosscheck.ui.common.NumberCell;

/** Binds the Tasking screen: the week's visits, the visit editor, the calendar, totals and agency powers. */
public final class TaskingController {
    private final TaskingViewModel viewModel;
    private final MonthCalendar calendar = new MonthCalendar();
    private YearMonth calendarMonth = YearMonth.now();

    @FXML private DatePicker weekPicker;
    @FXML private CheckBox showAllBox;
    @FXML private Spinner<Integer> windowSpinner;
    @FXML private Label messageLabel;
    @FXML private TableView<VisitRow> visitTable;
    @FXML private TableColumn<VisitRow, String> dateColumn;
    @FXML private TableColumn<VisitRow, String> priorityColumn;
    @FXML private TableColumn<VisitRow, String> businessColumn;
    @FXML private TableColumn<VisitRow, String> leadColumn;
    @FXML private TableColumn<VisitRow, String> attendingColumn;
    @FXML private TableColumn<VisitRow, String> statusColumn;
    @FXML private TableColumn<VisitRow, String> clashColumn;
    @FXML private VBox editor;
    @FXML private Label visitTitle;
    @FXML private Spinner<Integer> prioritySpinner;
    @FXML private ComboBox<AgencyKind> leadBox;
    @FXML private DatePicker datePicker;
    @FXML private Spinner<Integer> officersSpinner;
    @FXML private ComboBox<VisitPurpose> purposeBox;
    @FXML private TextArea notesArea;
    @FXML private ListView<AttendanceRow> attendanceList;
    @FXML private ListView<String> clashList;
    @FXML private FlowPane statusButtons;
    @FXML private TableView<VisitOutcome> outcomeTable;
    @FXML private TableColumn<VisitOutcome, String> outcomeAgencyColumn;
    @FXML private TableColumn<VisitOutcome, String> outcomeKindColumn;
    @FXML private TableColumn<VisitOutcome, Integer> outcomeCountColumn;
    @FXML private TableColumn<VisitOutcome, String> outcomeNoteColumn;
    @FXML private ComboBox<AgencyKind> outcomeAgencyBox;
    @FXML private ComboBox<OutcomeKind> outcomeKindBox;
    @FXML private Spinner<Integer> outcomeCountSpinner;
    @FXML private TextField outcomeNoteField;
    @FXML private Label calendarTitle;
    @FXML private BorderPane calendarHolder;
    @FXML private TableView<TotalsRow> totalsTable;
    @FXML private TableColumn<TotalsRow, String> totalsMonthColumn;
    @FXML private TableColumn<TotalsRow, String> totalsAgencyColumn;
    @FXML private TableColumn<TotalsRow, String> totalsKindColumn;
    @FXML private TableColumn<TotalsRow, Integer> totalsCountColumn;
    @FXML private TableView<AgencyPower> powersTable;
    @FXML private TableColumn<AgencyPower, String> powerAgencyColumn;
    @FXML private TableColumn<AgencyPower, Boolean> powerEntryColumn;
    @FXML private TableColumn<AgencyPower, String> powerNoteColumn;
    @FXML private TableColumn<AgencyPower, String> powerSanctionsColumn;
    @FXML private TableColumn<AgencyPower, String> powerLooksForColumn;

    public TaskingController(TaskingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        weekPicker.valueProperty().bindBidirectional(viewModel.weekProperty());
        showAllBox.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        windowSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 365,
                viewModel.clashWindowProperty().get()));
        windowSpinner.valueProperty().addListener((o, a, b) -> viewModel.clashWindowProperty().set(b));
        messageLabel.textProperty().bind(viewModel.messageProperty());

        visitTable.setItems(viewModel.visits());
        visitTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && visitTable.getSelectionModel().getSelectedItem() != now) {
                visitTable.getSelectionModel().select(now);
            }
            showTitle(now);
        });
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visit().plannedDate() == null
                ? "(no date)" : c.getValue().visit().plannedDate().toString()));
        priorityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("P" + c.getValue().visit().priority()));
        businessColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visit().businessLabel()));
        leadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visit().leadAgency().label()));
        attendingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visit().attending().stream()
                .map(a -> a.agency().label()).collect(Collectors.joining(", "))));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DisplayNames.words(c.getValue().visit().status())));
        clashColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().clashText()));

        editor.disableProperty().bind(viewModel.selectedProperty().isNull());
        prioritySpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 5, 3));
        prioritySpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.priorityProperty().asObject());
        officersSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 500, 2));
        officersSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.officersProperty().asObject());
        leadBox.setItems(FXCollections.observableArrayList(AgencyKind.values()));
        leadBox.setConverter(DisplayNames.agencyConverter(""));
        leadBox.valueProperty().bindBidirectional(viewModel.leadProperty());
        datePicker.valueProperty().bindBidirectional(viewModel.plannedDateProperty());
        purposeBox.setItems(FXCollections.observableArrayList(VisitPurpose.values()));
        purposeBox.setConverter(EnumCells.converter(VisitPurpose.class,
                p -> p == null ? "" : p == VisitPurpose.ENFORCEMENT ? "Enforcement" : "Supporting compliance"));
        purposeBox.valueProperty().bindBidirectional(viewModel.purposeProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        attendanceList.setItems(viewModel.attendance());
        attendanceList.setCellFactory(list -> new AttendanceCell());
        // the list shows clashes and the advisor's notes together: its own list, fed from both
        clashList.setItems(FXCollections.observableArrayList());
        viewModel.warnings().addListener((ListChangeListener<String>) c -> showClashesAndWarnings());
        viewModel.clashMessages().addListener((ListChangeListener<String>) c -> showClashesAndWarnings());
        viewModel.nextStatuses().addListener((ListChangeListener<VisitStatus>) c -> showStatusButtons());

        outcomeTable.setItems(viewModel.outcomes());
        outcomeAgencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agency().label()));
        outcomeKindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DisplayNames.words(c.getValue().kind())));
        outcomeCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quantity()));
        outcomeCountColumn.setCellFactory(c -> new NumberCell<>());
        outcomeNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        outcomeAgencyBox.setConverter(DisplayNames.agencyConverter(""));
        viewModel.selectedProperty().addListener((obs, old, now) -> outcomeAgencyBox.getItems().setAll(now == null
                ? java.util.List.of() : now.visit().attending().stream().map(a -> a.agency()).toList()));
        outcomeKindBox.setItems(FXCollections.observableArrayList(OutcomeKind.values()));
        outcomeCountSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 10_000, 1));

        calendarHolder.setCenter(calendar);
        calendar.setOnPick(row -> viewModel.selectedProperty().set(row));
        viewModel.allVisits().addListener((ListChangeListener<VisitRow>) c -> showCalendar());

        totalsTable.setItems(viewModel.totals());
        totalsMonthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().month().toString()));
        totalsAgencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agency().label()));
        totalsKindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DisplayNames.words(c.getValue().kind())));
        totalsCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        totalsCountColumn.setCellFactory(c -> new NumberCell<>());

        powersTable.setItems(viewModel.powers());
        powersTable.setEditable(true);
        powerAgencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agency().label()));
        powerEntryColumn.setCellValueFactory(c -> {
            var p = new javafx.beans.property.SimpleBooleanProperty(c.getValue().entryWithoutWarrant());
            p.addListener((o, a, b) -> viewModel.savePower(new AgencyPower(c.getValue().agency(), b,
                    c.getValue().entryNote(), c.getValue().sanctions(), c.getValue().looksFor())));
            return p;
        });
        powerEntryColumn.setCellFactory(CheckBoxTableCell.forTableColumn(powerEntryColumn));
        editableText(powerNoteColumn, AgencyPower::entryNote, (p, v) -> new AgencyPower(p.agency(),
                p.entryWithoutWarrant(), v, p.sanctions(), p.looksFor()));
        editableText(powerSanctionsColumn, AgencyPower::sanctions, (p, v) -> new AgencyPower(p.agency(),
                p.entryWithoutWarrant(), p.entryNote(), v, p.looksFor()));
        editableText(powerLooksForColumn, AgencyPower::looksFor, (p, v) -> new AgencyPower(p.agency(),
                p.entryWithoutWarrant(), p.entryNote(), p.sanctions(), v));
        showTitle(null);
        viewModel.load();
    }

    private void editableText(TableColumn<AgencyPower, String> column,
                              java.util.function.Function<AgencyPower, String> get,
                              java.util.function.BiFunction<AgencyPower, String, AgencyPower> with) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(get.apply(c.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            AgencyPower changed = with.apply(e.getRowValue(), e.getNewValue());
            viewModel.powers().set(e.getTablePosition().getRow(), changed);
            viewModel.savePower(changed);
        });
    }

    private void showTitle(VisitRow row) {
        visitTitle.setText(row == null ? "Choose a visit, or add businesses from the Picture screen."
                : "Visit " + row.visit().id() + ": " + row.visit().businessLabel() + " — "
                + DisplayNames.words(row.visit().status()));
    }

    private void showClashesAndWarnings() {
        java.util.List<String> all = new java.util.ArrayList<>(viewModel.clashMessages());
        viewModel.warnings().forEach(w -> all.add("Note: " + w));
        clashList.getItems().setAll(all.isEmpty() ? java.util.List.of("No clashes.") : all);
    }

    private void showStatusButtons() {
        statusButtons.getChildren().clear();
        for (VisitStatus s : viewModel.nextStatuses()) {
            Button b = new Button("Mark " + DisplayNames.words(s));
            b.setId("status-" + s.name());
            b.setOnAction(e -> viewModel.move(s));
            statusButtons.getChildren().add(b);
        }
    }

    private void showCalendar() {
        calendarTitle.setText(calendarMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + calendarMonth.getYear());
        calendar.show(calendarMonth, viewModel.allVisits());
    }

    @FXML
    private void previousWeek() {
        viewModel.previousWeek();
    }

    @FXML
    private void nextWeek() {
        viewModel.nextWeek();
    }

    @FXML
    private void thisWeek() {
        viewModel.weekProperty().set(TaskingViewModel.monday(LocalDate.now()));
    }

    @FXML
    private void previousMonth() {
        calendarMonth = calendarMonth.minusMonths(1);
        showCalendar();
    }

    @FXML
    private void nextMonth() {
        calendarMonth = calendarMonth.plusMonths(1);
        showCalendar();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void addOutcome() {
        viewModel.addOutcome(outcomeAgencyBox.getValue(), outcomeKindBox.getValue(), outcomeCountSpinner.getValue(),
                outcomeNoteField.getText());
        outcomeNoteField.clear();
    }

    @FXML
    private void deleteOutcome() {
        viewModel.deleteOutcome(outcomeTable.getSelectionModel().getSelectedItem());
    }

    /** A tick box per agency, with the reason it was suggested underneath. */
    private static final class AttendanceCell extends ListCell<AttendanceRow> {
        private final CheckBox box = new CheckBox();
        private final Label reason = new Label();
        private final VBox content = new VBox(1, box, reason);
        private AttendanceRow bound;

        AttendanceCell() {
            reason.getStyleClass().add("hint");
            reason.setWrapText(true);
            reason.setMaxWidth(420);
        }

        @Override
        protected void updateItem(AttendanceRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.attendingProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setText(row.agency().label());
            box.selectedProperty().bindBidirectional(row.attendingProperty());
            bound = row;
            reason.setText(row.reason());
            reason.setManaged(!row.reason().isBlank());
            reason.setVisible(!row.reason().isBlank());
            setGraphic(content);
        }
    }
}
