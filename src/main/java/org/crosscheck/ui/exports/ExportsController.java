package org.crosscheck.ui.exports;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.util.StringConverter;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.export.chart.ChartKind;

/** Binds the Exports screen: recipient, packs, briefings, printing, charts, sharing rules and the export log. */
public final class ExportsController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ExportsViewModel viewModel;

    @FXML private ComboBox<Recipient> recipientBox;
    @FXML private DatePicker weekPicker;
    @FXML private CheckBox allVisitsBox;
    @FXML private Button packButton;
    @FXML private Button briefingsButton;
    @FXML private Button printButton;
    @FXML private Label messageLabel;
    @FXML private ComboBox<ChartKind> chartBox;
    @FXML private ImageView chartView;
    @FXML private Button chartPngButton;
    @FXML private Button chartPdfButton;
    @FXML private TableView<RuleRow> ruleTable;
    @FXML private TableColumn<RuleRow, String> ruleSourceColumn;
    @FXML private TableColumn<RuleRow, String> ruleAgencyColumn;
    @FXML private TableColumn<RuleRow, String> ruleDefaultColumn;
    @FXML private TableColumn<RuleRow, String> ruleFullColumn;
    @FXML private TableColumn<RuleRow, String> ruleHeldColumn;
    @FXML private TableColumn<RuleRow, String> ruleSeenColumn;
    @FXML private TableColumn<RuleRow, String> ruleGatewayColumn;
    @FXML private ChoiceBox<SharingLevel> defaultBox;
    @FXML private TextField fullToField;
    @FXML private TextField heldOnlyField;
    @FXML private TextField gatewayField;
    @FXML private TableView<ExportLogEntry> logTable;
    @FXML private TableColumn<ExportLogEntry, String> logWhenColumn;
    @FXML private TableColumn<ExportLogEntry, String> logWhoColumn;
    @FXML private TableColumn<ExportLogEntry, String> logRecipientColumn;
    @FXML private TableColumn<ExportLogEntry, String> logWhatColumn;
    @FXML private TableColumn<ExportLogEntry, String> logCountColumn;
    @FXML private TableColumn<ExportLogEntry, String> logFileColumn;

    public ExportsController(ExportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public ExportsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        recipientBox.setItems(viewModel.recipients());
        recipientBox.setConverter(converter(Recipient::label));
        recipientBox.valueProperty().bindBidirectional(viewModel.recipientProperty());
        weekPicker.valueProperty().bindBidirectional(viewModel.weekProperty());
        allVisitsBox.selectedProperty().bindBidirectional(viewModel.allVisitsProperty());
        weekPicker.disableProperty().bind(allVisitsBox.selectedProperty());
        for (Button b : new Button[] {packButton, briefingsButton, printButton, chartPngButton, chartPdfButton}) {
            b.disableProperty().bind(viewModel.canExportBinding().not());
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        chartBox.getItems().setAll(ChartKind.values());
        chartBox.setConverter(converter(ChartKind::title));
        chartBox.valueProperty().bindBidirectional(viewModel.chartProperty());
        viewModel.chartPngProperty().addListener((obs, old, png) ->
                chartView.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));

        ruleTable.setItems(viewModel.rules());
        ruleSourceColumn.setCellValueFactory(c -> text(c.getValue().rule().sourceName()));
        ruleAgencyColumn.setCellValueFactory(c -> text(c.getValue().rule().sourceAgency().label()));
        ruleDefaultColumn.setCellValueFactory(c -> text(c.getValue().defaultText()));
        ruleFullColumn.setCellValueFactory(c -> text(String.join(", ", c.getValue().rule().fullTo())));
        ruleHeldColumn.setCellValueFactory(c -> text(String.join(", ", c.getValue().rule().heldOnlyTo())));
        ruleSeenColumn.setCellValueFactory(c -> text(c.getValue().seenBy()));
        ruleGatewayColumn.setCellValueFactory(c -> text(c.getValue().rule().gateway()));
        ruleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedRuleProperty().set(now));
        defaultBox.getItems().setAll(SharingLevel.values());
        defaultBox.setConverter(converter(l -> l == SharingLevel.FULL ? "Full records" : "Only 'held by'"));
        defaultBox.valueProperty().bindBidirectional(viewModel.editDefaultProperty());
        fullToField.textProperty().bindBidirectional(viewModel.editFullToProperty());
        heldOnlyField.textProperty().bindBidirectional(viewModel.editHeldOnlyToProperty());
        gatewayField.textProperty().bindBidirectional(viewModel.editGatewayProperty());

        logTable.setItems(viewModel.log());
        logWhenColumn.setCellValueFactory(c -> text(c.getValue().at().format(WHEN)));
        logWhoColumn.setCellValueFactory(c -> text(c.getValue().user()));
        logRecipientColumn.setCellValueFactory(c -> text(Recipient.parse(c.getValue().recipientKey()).label()));
        logWhatColumn.setCellValueFactory(c -> text(c.getValue().what()));
        logCountColumn.setCellValueFactory(c -> text(c.getValue().businesses() + " / " + c.getValue().withheld()));
        logFileColumn.setCellValueFactory(c -> text(c.getValue().fileName()));
        viewModel.load();
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void exportPack() {
        viewModel.exportPack();
    }

    @FXML
    private void exportBriefings() {
        viewModel.exportBriefings();
    }

    @FXML
    private void printBriefings() {
        viewModel.printBriefings();
    }

    @FXML
    private void saveChartPng() {
        viewModel.saveChart("png");
    }

    @FXML
    private void saveChartPdf() {
        viewModel.saveChart("pdf");
    }

    @FXML
    private void saveRule() {
        viewModel.saveRule();
    }
}
