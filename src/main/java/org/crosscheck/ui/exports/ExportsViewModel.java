package org.crosscheck.ui.exports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.export.ExportFiles;
import org.crosscheck.export.ExportResult;
import org.crosscheck.export.ExportService;
import org.crosscheck.export.chart.ChartKind;
import org.crosscheck.export.pack.PackScope;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;

/**
 * The Exports screen's state: the recipient every export is for (nothing can be exported until one is chosen), the
 * tasking week, the chart shown, the sharing rules and their editor, and the export log.
 */
public final class ExportsViewModel {
    private final ExportService exports;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final PagePrinter printer;
    private final Supplier<ReviewProgress> review;
    private final String analyst;
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList(Recipient.all());
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>(LocalDate.now());
    private final BooleanProperty allVisits = new SimpleBooleanProperty();
    private final ObjectProperty<ChartKind> chart = new SimpleObjectProperty<>(ChartKind.AGENCIES);
    private final ReadOnlyObjectWrapper<byte[]> chartPng = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObjectProperty<RuleRow> selectedRule = new SimpleObjectProperty<>();
    private final ObjectProperty<SharingLevel> editDefault = new SimpleObjectProperty<>(SharingLevel.FULL);
    private final StringProperty editFullTo = new SimpleStringProperty("");
    private final StringProperty editHeldOnlyTo = new SimpleStringProperty("");
    private final StringProperty editGateway = new SimpleStringProperty("");
    private final ObservableList<ExportLogEntry> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;

    public ExportsViewModel(ExportService exports, BackgroundWork work, DialogService dialogs, PagePrinter printer,
                            Supplier<ReviewProgress> review, String analyst) {
        this.exports = exports;
        this.work = work;
        this.dialogs = dialogs;
        this.printer = printer;
        this.review = review;
        this.analyst = analyst;
        canExport = Bindings.createBooleanBinding(() -> recipient.get() != null && !work.runningProperty().get(),
                recipient, work.runningProperty());
        recipient.addListener((obs, old, now) -> {
            rules.setAll(rules.stream().map(r -> RuleRow.of(r.rule(), now)).toList());
            showChart();
        });
        chart.addListener(obs -> showChart());
        selectedRule.addListener((obs, old, now) -> edit(now));
    }

    /** Reads the rules and the log, and draws the chart. */
    public void load() {
        work.run("Could not read the sharing rules", sink -> new Object[] {exports.sharing().rules(),
            exports.sharing().log()}, data -> {
                @SuppressWarnings("unchecked")
                List<SharingRule> r = (List<SharingRule>) data[0];
                @SuppressWarnings("unchecked")
                List<ExportLogEntry> l = (List<ExportLogEntry>) data[1];
                rules.setAll(r.stream().map(x -> RuleRow.of(x, recipient.get())).toList());
                log.setAll(l);
                showChart();
            });
    }

    private PackScope scope() {
        return allVisits.get() ? PackScope.allVisits() : PackScope.week(week.get() == null ? LocalDate.now()
                : week.get());
    }

    private Recipient requireRecipient() {
        if (recipient.get() == null) {
            throw new WorkbenchException("Choose who the export is for first: the sharing rules depend on it.");
        }
        return recipient.get();
    }

    public void exportPack() {
        export("Save the tasking pack", "tasking-pack", "xlsx", (to, file, sink) ->
                exports.pack(to, scope(), review.get(), file, analyst, sink));
    }

    public void exportBriefings() {
        export("Save the briefing sheets", "briefings", "pdf", (to, file, sink) ->
                exports.briefings(to, scope(), file, analyst, sink));
    }

    /** Writes the chart shown, as PNG or PDF ({@code extension}). */
    public void saveChart(String extension) {
        ChartKind kind = chart.get();
        export("Save the chart", "chart-" + kind.cliName(), extension, (to, file, sink) ->
                exports.chart(kind, to, kind == ChartKind.REVIEW ? review.get() : null, file, analyst));
    }

    /** Renders the briefings for printing, shows the print dialog, and logs the print once it is sent. */
    public void printBriefings() {
        Recipient to = requireRecipient();
        PackScope scope = scope();
        work.run("Could not prepare the briefing sheets", sink -> exports.printPages(to, scope, analyst, 150, sink),
                pages -> printer.print("Crosscheck briefings for " + to.label(), pages.pages()).ifPresentOrElse(
                        name -> work.run("Could not record the print", sink -> {
                            exports.logPrint(to, pages, name, analyst);
                            return exports.sharing().log();
                        }, l -> {
                            log.setAll(l);
                            message.set("Sent " + pages.pages().size() + " pages for " + to.label() + " to " + name
                                    + ".");
                        }),
                        () -> message.set("Nothing printed.")));
    }

    public void saveRule() {
        RuleRow row = selectedRule.get();
        if (row == null) {
            message.set("Choose a source in the table first.");
            return;
        }
        String source = row.rule().sourceName();
        SharingLevel level = editDefault.get();
        String full = editFullTo.get();
        String held = editHeldOnlyTo.get();
        String gateway = editGateway.get();
        work.run("Could not save the sharing rule", sink -> {
            exports.sharing().change(source, level, parse(full), parse(held), gateway, analyst);
            return exports.sharing().rules();
        }, r -> {
            rules.setAll(r.stream().map(x -> RuleRow.of(x, recipient.get())).toList());
            message.set("Saved the sharing rule for " + source + ".");
        });
    }

    private interface Export {
        ExportResult write(Recipient to, Path file, org.crosscheck.jobs.ProgressSink sink);
    }

    private void export(String title, String what, String extension, Export body) {
        Recipient to = requireRecipient();
        String name = ExportFiles.suggestedName(what, to.key(), LocalDate.now(), extension);
        dialogs.chooseSaveFile(title, name, extension).ifPresent(file -> work.run("Could not write "
                + file.getFileName(), sink -> {
                    ExportResult r = body.write(to, file, sink);
                    return new Object[] {r, exports.sharing().log()};
                }, data -> {
                    ExportResult r = (ExportResult) data[0];
                    @SuppressWarnings("unchecked")
                    List<ExportLogEntry> l = (List<ExportLogEntry>) data[1];
                    log.setAll(l);
                    message.set("Wrote " + r.file().getFileName() + " for " + to.label()
                            + (r.businesses() > 0 ? ": " + r.businesses()
                            + (r.businesses() == 1 ? " business, " : " businesses, ") + r.withheld()
                            + " agency records withheld" : "") + ".");
                }));
    }

    private void showChart() {
        ChartKind kind = chart.get();
        Recipient to = recipient.get() == null ? Recipient.PARTNERSHIP_MEETING : recipient.get();
        work.run("Could not draw the chart", sink -> exports.chartPng(kind, to,
                kind == ChartKind.REVIEW ? review.get() : null, 900, 560), chartPng::set);
    }

    private void edit(RuleRow row) {
        if (row == null) {
            return;
        }
        editDefault.set(row.rule().defaultLevel());
        editFullTo.set(String.join(", ", row.rule().fullTo()));
        editHeldOnlyTo.set(String.join(", ", row.rule().heldOnlyTo()));
        editGateway.set(row.rule().gateway());
    }

    static Set<Recipient> parse(String text) {
        Set<Recipient> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Recipient::parse)
                .forEach(out::add);
        return out;
    }

    public ObservableList<Recipient> recipients() {
        return recipients;
    }

    public ObjectProperty<Recipient> recipientProperty() {
        return recipient;
    }

    public ObjectProperty<LocalDate> weekProperty() {
        return week;
    }

    public BooleanProperty allVisitsProperty() {
        return allVisits;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public ObjectProperty<ChartKind> chartProperty() {
        return chart;
    }

    public ReadOnlyObjectProperty<byte[]> chartPngProperty() {
        return chartPng.getReadOnlyProperty();
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public ObjectProperty<RuleRow> selectedRuleProperty() {
        return selectedRule;
    }

    public ObjectProperty<SharingLevel> editDefaultProperty() {
        return editDefault;
    }

    public StringProperty editFullToProperty() {
        return editFullTo;
    }

    public StringProperty editHeldOnlyToProperty() {
        return editHeldOnlyTo;
    }

    public StringProperty editGatewayProperty() {
        return editGateway;
    }

    public ObservableList<ExportLogEntry> log() {
        return log;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
