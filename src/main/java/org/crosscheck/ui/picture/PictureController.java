package org.crosscheck.ui.picture;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.InterestRule;
import org.crosscheck.insight.PictureSummary;
import org.crosscheck.ui.common.DisplayNames;
import org.crosscheck.ui.common.NumberCell;

/** Binds the Picture screen: figures strip, filters, ranked businesses, and the selected business's detail. */
public final class PictureController {
    private final PictureViewModel viewModel;

    @FXML private Label recordsFigure;
    @FXML private Label businessesFigure;
    @FXML private Label knownTwoFigure;
    @FXML private Label interestTwoFigure;
    @FXML private Label interestThreeFigure;
    @FXML private Label linkTimeFigure;
    @FXML private ComboBox<QuickFilter> quickFilter;
    @FXML private ComboBox<String> districtFilter;
    @FXML private ComboBox<String> wardFilter;
    @FXML private TextField typeFilter;
    @FXML private ComboBox<AgencyKind> knownToFilter;
    @FXML private ComboBox<AgencyKind> unknownToFilter;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private Label messageLabel;
    @FXML private Button addToTaskingButton;
    @FXML private TableView<BusinessProfile> businessTable;
    @FXML private TableColumn<BusinessProfile, Long> idColumn;
    @FXML private TableColumn<BusinessProfile, String> nameColumn;
    @FXML private TableColumn<BusinessProfile, String> postcodeColumn;
    @FXML private TableColumn<BusinessProfile, Integer> agenciesColumn;
    @FXML private TableColumn<BusinessProfile, Integer> interestColumn;
    @FXML private TableColumn<BusinessProfile, String> riskColumn;
    @FXML private TableColumn<BusinessProfile, String> concernColumn;
    @FXML private TableColumn<BusinessProfile, String> lastVisitColumn;
    @FXML private Label businessTitle;
    @FXML private Label businessSubtitle;
    @FXML private TableView<ProfileRecord> recordTable;
    @FXML private TableColumn<ProfileRecord, String> recordAgencyColumn;
    @FXML private TableColumn<ProfileRecord, String> recordNameColumn;
    @FXML private TableColumn<ProfileRecord, String> recordAddressColumn;
    @FXML private TableColumn<ProfileRecord, String> recordConcernColumn;
    @FXML private TableColumn<ProfileRecord, String> recordVisitColumn;
    @FXML private BorderPane networkHolder;
    @FXML private BorderPane overlapHolder;
    @FXML private TableView<PictureSnapshot> trendTable;
    @FXML private TableColumn<PictureSnapshot, String> trendWhenColumn;
    @FXML private TableColumn<PictureSnapshot, Integer> trendRecordsColumn;
    @FXML private TableColumn<PictureSnapshot, Integer> trendBusinessesColumn;
    @FXML private TableColumn<PictureSnapshot, Integer> trendKnownColumn;
    @FXML private TableColumn<PictureSnapshot, Integer> trendTwoColumn;
    @FXML private TableColumn<PictureSnapshot, Integer> trendThreeColumn;
    private final NetworkView networkView = new NetworkView();
    private final OverlapGrid overlapGrid = new OverlapGrid();

    public PictureController(PictureViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.summaryProperty().addListener((obs, old, now) -> showFigures(now));
        quickFilter.setItems(FXCollections.observableArrayList(QuickFilter.values()));
        quickFilter.valueProperty().bindBidirectional(viewModel.quickFilterProperty());
        districtFilter.setItems(viewModel.districts());
        districtFilter.valueProperty().bindBidirectional(viewModel.districtProperty());
        wardFilter.setItems(viewModel.wards());
        wardFilter.valueProperty().bindBidirectional(viewModel.wardProperty());
        // the ward filter shows only when some agency's file gives wards
        wardFilter.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.wards()));
        wardFilter.managedProperty().bind(wardFilter.visibleProperty());
        typeFilter.textProperty().bindBidirectional(viewModel.typeTextProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        for (ComboBox<AgencyKind> box : List.of(knownToFilter, unknownToFilter)) {
            box.getItems().add(null);
            box.getItems().addAll(AgencyKind.values());
            box.setConverter(DisplayNames.agencyConverter("(any)"));
        }
        knownToFilter.valueProperty().bindBidirectional(viewModel.knownToProperty());
        unknownToFilter.valueProperty().bindBidirectional(viewModel.unknownToProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());

        businessTable.setItems(viewModel.businesses());
        businessTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        businessTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entityId()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        postcodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().postcode()));
        agenciesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agencyCount()));
        agenciesColumn.setCellFactory(c -> new NumberCell<>());
        interestColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interestCount()));
        interestColumn.setCellFactory(c -> new NumberCell<>());
        riskColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DisplayNames.of(c.getValue().combinedRisk())));
        concernColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().interestAgencies().stream()
                .map(AgencyKind::label).collect(Collectors.joining(", "))));
        lastVisitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(date(c.getValue().lastVisit())));
        addToTaskingButton.disableProperty().bind(businessTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.work().runningProperty()));
        businessTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.T && e.isShortcutDown()) {
                addToTasking();
            }
        });

        recordTable.setItems(viewModel.records());
        recordAgencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agency().label()
                + " — " + c.getValue().sourceName()));
        recordNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        recordAddressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(join(c.getValue().address(),
                c.getValue().postcode())));
        recordConcernColumn.setCellValueFactory(c -> {
            String why = InterestRule.reason(c.getValue());
            return new ReadOnlyStringWrapper(why == null ? "—" : why);
        });
        recordVisitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(date(c.getValue().lastVisitDate())));
        viewModel.selectedProperty().addListener((obs, old, now) -> showTitle(now));
        networkHolder.setCenter(networkView);
        viewModel.networkProperty().addListener((obs, old, now) -> networkView.setGraph(now));
        overlapHolder.setCenter(overlapGrid);
        viewModel.overlapProperty().addListener((obs, old, now) -> overlapGrid.setMatrix(now));

        trendTable.setItems(viewModel.trend());
        trendWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("Run " + c.getValue().runId() + ", "
                + c.getValue().takenAt().toString().replace('T', ' ').substring(0, 16)));
        trendRecordsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recordsCompared()));
        trendBusinessesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().businesses()));
        trendKnownColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().knownToTwo()));
        trendTwoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interestTwo()));
        trendThreeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interestThree()));
        for (var col : List.of(trendRecordsColumn, trendBusinessesColumn, trendKnownColumn, trendTwoColumn,
                trendThreeColumn)) {
            col.setCellFactory(c -> new NumberCell<>());
        }
        showTitle(null);
        viewModel.load();
    }

    private void showFigures(PictureSummary s) {
        if (s == null) {
            return;
        }
        recordsFigure.setText(String.format("%,d", s.recordsCompared()));
        businessesFigure.setText(String.format("%,d", s.businesses()));
        knownTwoFigure.setText(String.format("%,d", s.knownToTwo()));
        interestTwoFigure.setText(String.format("%,d (%.1f%%)", s.interestTwo(), 100 * s.interestTwoShare()));
        interestThreeFigure.setText(String.format("%,d (%.1f%%)", s.interestThree(), 100 * s.interestThreeShare()));
        linkTimeFigure.setText(String.format("%.1f s", s.linkMillis() / 1000.0));
    }

    private void showTitle(BusinessProfile p) {
        if (p == null) {
            businessTitle.setText("Choose a business");
            businessSubtitle.setText("Its records from every agency, and its network, appear here.");
            return;
        }
        businessTitle.setText(p.name() + " (business " + p.entityId() + ")");
        businessSubtitle.setText(join(p.address(), p.postcode())
                + (p.aliases().isEmpty() ? "" : "\nAlso known as: " + String.join("; ", p.aliases()))
                + "\nKnown to " + p.agencyCount() + " agencies; concern from " + p.interestCount()
                + "; combined risk " + DisplayNames.of(p.combinedRisk()).toLowerCase(java.util.Locale.ROOT));
    }

    @FXML
    private void addToTasking() {
        viewModel.addToTasking(List.copyOf(businessTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() || a.contains(b) ? a : a + ", " + b;
    }
}
