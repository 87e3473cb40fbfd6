package org.crosscheck.ui.importwizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.ingest.DateParser;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.ingest.MappingOrigin;
import org.crosscheck.ingest.SheetPreview;
import org.crosscheck.ingest.mapping.ColumnSuggestion;
import org.crosscheck.ingest.read.RawRow;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DisplayNames;

/**
 * The import wizard's state and commands: file and source → sheet and header → mapping → risk scale → check →
 * import with progress and cancel. Each step's inputs are validated before moving on; nothing touches the
 * workspace until the last step, and that import is atomic.
 */
public final class ImportWizardViewModel {
    /** The wizard's steps, in order. */
    public enum Step { FILE, SHEET, MAPPING, RISK, CHECK, IMPORT }

    private static final int SAMPLES_SHOWN = 3;

    private final ImportService imports;
    private final BackgroundWork work;
    private final StringProperty filePath = new SimpleStringProperty("");
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final ObjectProperty<AgencyKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty sourceLocked = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObjectProperty<Integer> headerRow = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SheetPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<RiskRow> riskRows = FXCollections.observableArrayList();
    private final ObservableList<String> checkErrors = FXCollections.observableArrayList();
    private final ObservableList<String> checkNotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper mappingOrigin = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final Map<String, AgencyKind> knownSources = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public ImportWizardViewModel(ImportService imports, BackgroundWork work) {
        this.imports = imports;
        this.work = work;
    }

    /** The sources already in the workspace, so that choosing one by name fills in its kind. */
    public void setKnownSources(Map<String, AgencyKind> sources) {
        knownSources.clear();
        knownSources.putAll(sources);
        sourceName.addListener((obs, old, now) -> {
            AgencyKind known = now == null ? null : knownSources.get(now.trim());
            if (known != null) {
                kind.set(known);
            }
        });
    }

    public ObservableList<String> knownSourceNames() {
        return FXCollections.observableArrayList(knownSources.keySet());
    }

    /** Starts the wizard as a refresh of an existing source: its name and kind are fixed. */
    public void presetSource(String name, AgencyKind agencyKind) {
        sourceName.set(name);
        kind.set(agencyKind);
        sourceLocked.set(true);
    }

    /** Moves to the next step once the current one is valid; the preview loads in the background. */
    public void next() {
        error.set("");
        switch (step.get()) {
            case FILE -> {
                String problem = fileStepProblem();
                if (problem != null) {
                    error.set(problem);
                    return;
                }
                loadPreview(null, null, Step.SHEET);
            }
            case SHEET -> {
                fillMappingRows();
                step.set(Step.MAPPING);
            }
            case MAPPING -> {
                fillRiskRows();
                step.set(Step.RISK);
            }
            case RISK -> {
                runChecks();
                step.set(Step.CHECK);
            }
            case CHECK -> startImport();
            default -> {
                // the last step has no next
            }
        }
    }

    public void back() {
        error.set("");
        if (step.get().ordinal() > 0 && step.get() != Step.IMPORT) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Re-reads the preview after the analyst picked another sheet or header row. */
    public void reloadPreview() {
        SheetPreview shown = preview.get();
        boolean unchanged = shown != null && shown.sheet().equals(sheet.get())
                && java.util.Objects.equals(shown.header().rowNumber(), headerRow.get());
        if (step.get() == Step.SHEET && !unchanged && !work.runningProperty().get()) {
            loadPreview(sheet.get(), headerRow.get(), Step.SHEET);
        }
    }

    public void cancelImport() {
        work.cancel();
    }

    String fileStepProblem() {
        String path = filePath.get() == null ? "" : filePath.get().trim();
        if (path.isEmpty()) {
            return "Choose the agency's file to import.";
        }
        if (!Files.isRegularFile(Path.of(path))) {
            return "There is no file at " + path + ".";
        }
        if (sourceName.get() == null || sourceName.get().isBlank()) {
            return "Give the source a name, for example 'Fire and Rescue'.";
        }
        if (kind.get() == null) {
            return "Choose which kind of agency the file comes from.";
        }
        return null;
    }

    private void loadPreview(String sheetName, Integer header, Step then) {
        Path file = Path.of(filePath.get().trim());
        if (sheetName != null && preview.get() != null && !sheetName.equals(preview.get().sheet())) {
            header = null;   // another sheet: find its own header row
        }
        Integer headerRowWanted = header;
        work.run("The file could not be read", sink -> imports.preview(file, sheetName, headerRowWanted, sourceName.get(),
                kind.get()), p -> {
                    preview.set(p);
                    sheets.setAll(p.sheets());
                    sheet.set(p.sheet());
                    headerRow.set(p.header().rowNumber());
                    mappingOrigin.set(p.mappingOrigin() == MappingOrigin.SAVED
                            ? "Using the mapping saved for this source at its last import."
                            : "Suggested from the column names and values; check each row.");
                    step.set(then);
                });
    }

    private void fillMappingRows() {
        SheetPreview p = preview.get();
        List<MappingRow> rows = new ArrayList<>();
        for (ColumnSuggestion s : p.suggestions()) {
            CanonicalField field = p.mappingOrigin() == MappingOrigin.SAVED
                    ? p.mapping().fieldFor(s.header()).orElse(null) : s.field();
            rows.add(new MappingRow(s.columnIndex(), s.header(), samples(p.sampleRows(), s.columnIndex()), field,
                    s.confidence(), s.reason()));
        }
        mappingRows.setAll(rows);
    }

    private static String samples(List<RawRow> rows, int column) {
        return rows.stream().map(r -> r.cell(column)).filter(v -> !v.isEmpty()).distinct().limit(SAMPLES_SHOWN)
                .collect(Collectors.joining(" | "));
    }

    private void fillRiskRows() {
        SheetPreview p = preview.get();
        RiskScale scale = p.riskScale();
        List<String> values = new ArrayList<>();
        mappingRows.stream().filter(r -> r.getField() == CanonicalField.RISK_RATING).forEach(r ->
                p.sampleRows().forEach(row -> {
                    String v = row.cell(r.getColumnIndex());
                    if (!v.isEmpty() && !values.contains(v)) {
                        values.add(v);
                    }
                }));
        values.sort(String.CASE_INSENSITIVE_ORDER);
        riskRows.setAll(values.stream().map(v -> new RiskRow(v, scale.bandFor(v))).toList());
    }

    /** The mapping as the analyst left it. */
    public ColumnMapping currentMapping() {
        Map<String, CanonicalField> fields = new LinkedHashMap<>();
        mappingRows.forEach(r -> fields.put(r.getHeader(), r.getField()));
        return new ColumnMapping(fields);
    }

    /** The risk scale as the analyst left it. */
    public RiskScale currentRiskScale() {
        Map<String, RiskBand> bands = new LinkedHashMap<>();
        riskRows.forEach(r -> bands.put(r.getRawValue(), r.getBand()));
        return new RiskScale(bands);
    }

    void runChecks() {
        checkErrors.clear();
        checkNotes.clear();
        ColumnMapping mapping = currentMapping();
        if (!mapping.hasNameOrAddress()) {
            checkErrors.add("No column is mapped to a business name or an address. Every record needs one: go back "
                    + "and map a column such as 'Premises Name' or 'Post Code'.");
        }
        Map<CanonicalField, List<String>> byField = new EnumMap<>(CanonicalField.class);
        mappingRows.stream().filter(r -> r.getField() != null)
                .forEach(r -> byField.computeIfAbsent(r.getField(), f -> new ArrayList<>()).add(r.getHeader()));
        byField.forEach((field, headers) -> {
            if (!field.isMultiValued() && headers.size() > 1) {
                checkErrors.add(DisplayNames.of(field) + " is mapped from " + headers.size() + " columns ("
                        + String.join(", ", headers) + "). Keep one, or map the others to something else.");
            }
        });
        List<String> unused = mappingRows.stream().filter(r -> r.getField() == null).map(MappingRow::getHeader).toList();
        if (!unused.isEmpty()) {
            checkNotes.add("Not mapped (kept with each record for display): " + String.join(", ", unused) + ".");
        }
        SheetPreview p = preview.get();
        long noIdentity = p.sampleRows().stream().filter(row -> mappingRows.stream()
                .filter(r -> r.getField() != null && (r.getField().isName() || r.getField().isAddressPart()))
                .allMatch(r -> row.cell(r.getColumnIndex()).isEmpty())).count();
        if (noIdentity > 0) {
            checkNotes.add(noIdentity + " of the first " + p.sampleRows().size() + " data rows have no name or address "
                    + "and will be skipped (each is listed after the import).");
        }
        mappingRows.stream().filter(r -> r.getField() != null && CanonicalField.DATES.contains(r.getField()))
                .forEach(r -> {
                    long bad = p.sampleRows().stream().map(row -> row.cell(r.getColumnIndex()))
                            .filter(v -> !v.isEmpty() && DateParser.parse(v) == null).count();
                    if (bad > 0) {
                        checkNotes.add("Column '" + r.getHeader() + "': " + bad + " of the first rows hold something "
                                + "that is not a date; it is kept as text and listed after the import.");
                    }
                });
        long unbanded = riskRows.stream().filter(r -> r.getBand() == null || r.getBand() == RiskBand.UNKNOWN).count();
        if (unbanded > 0) {
            checkNotes.add(unbanded + " risk value(s) have no band and will show as 'Unknown'.");
        }
        checkNotes.add("The import replaces the current records of '" + sourceName.get().trim() + "'. Records with the "
                + "same agency reference keep their identity. If anything fails, nothing is changed.");
    }

    private void startImport() {
        runChecks();
        if (!checkErrors.isEmpty()) {
            error.set("Fix the problems above before importing.");
            return;
        }
        ImportRequest request = new ImportRequest(Path.of(filePath.get().trim()), sourceName.get().trim(), kind.get(),
                sheet.get(), headerRow.get(), currentMapping(), currentRiskScale());
        step.set(Step.IMPORT);
        work.run("The import failed; nothing was changed", sink -> imports.importFile(request, sink), r -> {
            result.set(r);
            finished.set(true);
        }, () -> {
            error.set("Import cancelled. Nothing was changed.");
            step.set(Step.CHECK);
        });
    }

    /** True while a preview or the import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.runningProperty();
    }

    public BooleanBinding canGoBack() {
        return Bindings.createBooleanBinding(() -> step.get() != Step.FILE && step.get() != Step.IMPORT
                && !work.runningProperty().get(), step, work.runningProperty());
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    public ObjectProperty<AgencyKind> kindProperty() {
        return kind;
    }

    public BooleanProperty sourceLockedProperty() {
        return sourceLocked;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    public ObjectProperty<Integer> headerRowProperty() {
        return headerRow;
    }

    public ReadOnlyObjectProperty<SheetPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public ObservableList<RiskRow> riskRows() {
        return riskRows;
    }

    public ObservableList<String> checkErrors() {
        return checkErrors;
    }

    public ObservableList<String> checkNotes() {
        return checkNotes;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mappingOriginProperty() {
        return mappingOrigin.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public BackgroundWork work() {
        return work;
    }
}
