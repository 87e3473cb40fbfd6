package org.crosscheck.ui.referrals;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.ui.common.DisplayNames;

/** Binds the Referrals screen: the observation form, the referrals list and the feedback buttons. */
public final class ReferralsController {
    private final ReferralsViewModel viewModel;

    @FXML private TextField businessSearch;
    @FXML private ListView<BusinessProfile> matchList;
    @FXML private Label chosenBusiness;
    @FXML private TextField placeField;
    @FXML private TextField officerField;
    @FXML private ComboBox<AgencyKind> fromBox;
    @FXML private ComboBox<AgencyKind> toBox;
    @FXML private DatePicker observedPicker;
    @FXML private ListView<IndicatorRow> indicatorList;
    @FXML private TextArea detailsArea;
    @FXML private Label messageLabel;
    @FXML private ComboBox<AgencyKind> listTargetBox;
    @FXML private CheckBox awaitingBox;
    @FXML private Label awaitingLabel;
    @FXML private TableView<Referral> referralTable;
    @FXML private TableColumn<Referral, String> refIdColumn;
    @FXML private TableColumn<Referral, String> refDateColumn;
    @FXML private TableColumn<Referral, String> refPlaceColumn;
    @FXML private TableColumn<Referral, String> refRouteColumn;
    @FXML private TableColumn<Referral, String> refIndicatorsColumn;
    @FXML private TableColumn<Referral, String> refFeedbackColumn;
    @FXML private TextField feedbackNote;
    @FXML private ComboBox<AgencyKind> newIndicatorAgency;
    @FXML private TextField newIndicatorText;

    public ReferralsController(ReferralsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        businessSearch.textProperty().bindBidirectional(viewModel.businessSearchProperty());
        matchList.setItems(viewModel.matches());
        matchList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BusinessProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " — " + p.address() + " (" + p.agencyCount()
                        + " agencies)");
            }
        });
        matchList.setOnMouseClicked(e -> choose());
        matchList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose();
            }
        });
        businessSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !viewModel.matches().isEmpty()) {
                matchList.requestFocus();
                matchList.getSelectionModel().selectFirst();
            }
        });
        viewModel.businessProperty().addListener((obs, old, now) -> chosenBusiness.setText(now == null
                ? "No business chosen: the referral is about the place typed below."
                : "About: " + now.name() + ", " + now.address() + " (business " + now.entityId() + ")"));
        chosenBusiness.setText("No business chosen: the referral is about the place typed below.");
        placeField.textProperty().bindBidirectional(viewModel.placeProperty());
        placeField.disableProperty().bind(viewModel.businessProperty().isNotNull());
        officerField.textProperty().bindBidirectional(viewModel.officerProperty());
        for (ComboBox<AgencyKind> box : List.of(fromBox, toBox, listTargetBox, newIndicatorAgency)) {
            if (box == listTargetBox) {
                box.getItems().add(null);
            }
            box.getItems().addAll(AgencyKind.values());
            box.setConverter(DisplayNames.agencyConverter(box == listTargetBox ? "All agencies" : ""));
        }
        fromBox.valueProperty().bindBidirectional(viewModel.fromAgencyProperty());
        toBox.valueProperty().bindBidirectional(viewModel.toAgencyProperty());
        observedPicker.valueProperty().bindBidirectional(viewModel.observedOnProperty());
        indicatorList.setItems(viewModel.indicators());
        indicatorList.setCellFactory(l -> new IndicatorCell());
        detailsArea.textProperty().bindBidirectional(viewModel.detailsProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());

        listTargetBox.valueProperty().bindBidirectional(viewModel.listTargetProperty());
        awaitingBox.selectedProperty().bindBidirectional(viewModel.awaitingOnlyProperty());
        awaitingLabel.textProperty().bind(viewModel.awaitingTextProperty());
        referralTable.setItems(viewModel.shown());
        refIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().id())));
        refDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().observedOn().toString()));
        refPlaceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        refRouteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().observedBy() + " ("
                + c.getValue().fromAgency().label() + ") → " + c.getValue().targetAgency().label()));
        refIndicatorsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().indicators().stream()
                .map(GoldenIndicator::text).collect(Collectors.joining("; "))
                + (c.getValue().details() == null || c.getValue().details().isBlank() ? ""
                : " — " + c.getValue().details())));
        refFeedbackColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().awaitingFeedback()
                ? "Awaiting" : DisplayNames.words(c.getValue().latestFeedback().verdict()) + " ("
                + c.getValue().latestFeedback().givenBy() + ")" + (c.getValue().latestFeedback().note() == null
                ? "" : ": " + c.getValue().latestFeedback().note())));
        viewModel.load();
    }

    private void choose() {
        BusinessProfile p = matchList.getSelectionModel().getSelectedItem();
        if (p != null) {
            viewModel.chooseBusiness(p);
        }
    }

    @FXML
    private void clearBusiness() {
        viewModel.chooseBusiness(null);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void clearForm() {
        viewModel.clearForm();
    }

    @FXML
    private void useful() {
        feedback(FeedbackVerdict.USEFUL);
    }

    @FXML
    private void notUseful() {
        feedback(FeedbackVerdict.NOT_USEFUL);
    }

    @FXML
    private void actedOn() {
        feedback(FeedbackVerdict.ACTED_ON);
    }

    private void feedback(FeedbackVerdict verdict) {
        viewModel.feedback(referralTable.getSelectionModel().getSelectedItem(), verdict, feedbackNote.getText());
        feedbackNote.clear();
    }

    @FXML
    private void addIndicator() {
        viewModel.addIndicator(newIndicatorAgency.getValue(), newIndicatorText.getText());
        newIndicatorText.clear();
    }

    /** A tick box per indicator, named with the agency it matters to. */
    private static final class IndicatorCell extends ListCell<IndicatorRow> {
        private final CheckBox box = new CheckBox();
        private IndicatorRow bound;

        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.tickedProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setText(row.indicator().agency().label() + ": " + row.indicator().text());
            box.selectedProperty().bindBidirectional(row.tickedProperty());
            bound = row;
            setGraphic(box);
        }
    }
}
