package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.domain.Source;
import org.crosscheck.domain.StagedRecord;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.mapping.ColumnSuggestion;
import org.crosscheck.ingest.mapping.MappingSuggester;
import org.crosscheck.ingest.mapping.RiskScaleDefaults;
import org.crosscheck.ingest.read.RawRow;
import org.crosscheck.ingest.read.TableReader;
import org.crosscheck.ingest.read.TableReaders;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.storage.ImportCommit;
import org.crosscheck.storage.ImportRepository;
import org.crosscheck.storage.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports agency spreadsheets into the workspace: previews a file for the wizard, then reads it in one streaming
 * pass inside one transaction, so an import either completes or leaves the workspace exactly as it was.
 * Thread-safe; call from a worker thread.
 */
public final class ImportService {
    /** Data rows read below the header for suggestions and the preview. */
    public static final int SAMPLE_ROWS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int PROGRESS_EVERY = 1_000;

    private final Workspace workspace;
    private final MappingSuggester suggester = new MappingSuggester();

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads the top of a sheet (the first with data when {@code sheet} is null) and suggests how to import it. */
    public SheetPreview preview(Path file, String sheet, Integer headerRow, String sourceName, AgencyKind kind) {
        try (TableReader reader = TableReaders.open(file)) {
            String chosen = chooseSheet(reader, file, sheet);
            List<RawRow> top = readRows(reader, chosen, HeaderDetector.SEARCH_ROWS);
            HeaderRow header = findHeader(file, chosen, top, headerRow, reader);
            List<RawRow> sample = sampleRows(reader, chosen, header);
            List<ColumnSuggestion> suggestions = suggester.suggest(header.names(), sample);
            Optional<Source> existing = sourceName == null ? Optional.empty() : workspace.sources().findByName(sourceName);
            AgencyKind effectiveKind = kind != null ? kind : existing.map(Source::kind).orElse(AgencyKind.OTHER);
            ColumnMapping mapping = MappingSuggester.toMapping(suggestions);
            MappingOrigin origin = MappingOrigin.SUGGESTED;
            if (existing.isPresent() && !existing.get().mapping().byHeader().isEmpty()) {
                mapping = existing.get().mapping();
                origin = MappingOrigin.SAVED;
            }
            List<String> riskValues = distinctValues(sample, header, mapping, CanonicalField.RISK_RATING);
            RiskScale scale = existing.map(Source::riskScale).orElse(RiskScale.empty())
                    .withFallback(RiskScaleDefaults.forValues(effectiveKind, riskValues));
            return new SheetPreview(file.getFileName().toString(), reader.sheetNames(), chosen, top, header, sample,
                    suggestions, mapping, origin, effectiveKind, riskValues, scale);
        }
    }

    /** Imports the file as a new batch of its source, replacing the source's current records. */
    public ImportResult importFile(ImportRequest request, ProgressSink sink) {
        Path file = request.file();
        String fileName = file.getFileName().toString();
        if (request.sourceName() == null || request.sourceName().isBlank()) {
            throw new WorkbenchException("Give the source a name (for example 'Fire and Rescue') before importing "
                    + fileName + ".");
        }
        Optional<Source> existing = workspace.sources().findByName(request.sourceName());
        AgencyKind kind = request.kind() != null ? request.kind() : existing.map(Source::kind).orElseThrow(() ->
                new WorkbenchException("'" + request.sourceName() + "' is a new source: say which kind of agency it "
                        + "comes from (for example FIRE or FOOD_HYGIENE)."));
        sink.progress(Stage.READING, 0, -1);
        try (TableReader reader = TableReaders.open(file)) {
            String sheet = chooseSheet(reader, file, request.sheet());
            HeaderRow header = findHeader(file, sheet, readRows(reader, sheet, HeaderDetector.SEARCH_ROWS),
                    request.headerRow(), reader);
            List<String> warnings = new ArrayList<>();
            MappingOrigin origin;
            ColumnMapping mapping;
            if (request.mapping() != null) {
                mapping = request.mapping();
                origin = MappingOrigin.GIVEN;
            } else if (existing.isPresent() && !existing.get().mapping().byHeader().isEmpty()) {
                mapping = existing.get().mapping();
                origin = MappingOrigin.SAVED;
            } else {
                mapping = MappingSuggester.toMapping(suggester.suggest(header.names(), sampleRows(reader, sheet, header)));
                origin = MappingOrigin.SUGGESTED;
            }
            checkMapping(fileName, sheet, header, mapping, warnings);
            RiskScale scale = request.riskScale() != null ? request.riskScale()
                    : existing.map(Source::riskScale).orElse(RiskScale.empty());
            RiskBander bander = new RiskBander(kind, scale);
            String sha = sha256(file);
            sink.checkCancelled();
            ImportCommit commitBase = new ImportCommit(request.sourceName().trim(), kind, mapping, scale, fileName,
                    sheet, sha, header.rowNumber());
            List<ImportProblem> problems = new ArrayList<>();
            ImportBatchInfo batch = workspace.imports().commitImport(commitBase,
                    recordSink -> readRecords(reader, sheet, header, mapping, bander, recordSink, problems, sink,
                            fileName));
            LOG.info("Imported {} ({}) into '{}': {} records, {} rows skipped, mapping {}", fileName, sheet,
                    request.sourceName(), batch.rowsImported(), batch.rowsSkipped(), origin);
            return new ImportResult(batch, request.sourceName().trim(), mapping, origin, problems, warnings);
        }
    }

    private ImportRepository.ReadTotals readRecords(TableReader reader, String sheet, HeaderRow header,
                                                    ColumnMapping mapping, RiskBander bander,
                                                    ImportRepository.RecordSink out, List<ImportProblem> problems,
                                                    ProgressSink sink, String fileName) {
        RecordInterpreter interpreter = new RecordInterpreter(header, mapping, bander, sheet);
        int[] rows = new int[2];          // read, skipped: written by the reader thread, read after it has finished
        int[] written = new int[1];
        new RecordPipeline().run(emit -> reader.read(sheet, row -> {
            if (row.rowNumber() <= header.rowNumber()) {
                return true;
            }
            rows[0]++;
            StagedRecord record = interpreter.interpret(row, problems);
            if (record == null) {
                rows[1]++;
                return true;
            }
            return emit.test(record);
        }), record -> {
            out.accept(record);
            if (++written[0] % PROGRESS_EVERY == 0) {
                sink.checkCancelled();
                double fraction = reader.fractionRead();
                sink.progress(Stage.READING, fraction < 0 ? written[0] : Math.round(fraction * 1000),
                        fraction < 0 ? -1 : 1000);
            }
        });
        int[] counts = {rows[0], rows[1], written[0]};
        dropTrailingBlanks(problems);
        if (counts[2] == 0) {
            throw new WorkbenchException("No records were found below the header (row " + header.rowNumber()
                    + ") of sheet '" + sheet + "' in " + fileName + ". Check that this is the right sheet and that "
                    + "the name or address columns are mapped.");
        }
        sink.progress(Stage.WRITING, 1, 1);
        return new ImportRepository.ReadTotals(counts[0], counts[1], problems, bander.scaleSoFar());
    }

    /**
     * Blank rows after the last record are only the sheet's formatting running on; reporting each would bury
     * the rows that matter, so they are dropped from the problem list (they were never records).
     */
    private static void dropTrailingBlanks(List<ImportProblem> problems) {
        int i = problems.size() - 1;
        while (i >= 0 && "blank row".equals(problems.get(i).message())) {
            problems.remove(i--);
        }
    }

    private static void checkMapping(String fileName, String sheet, HeaderRow header, ColumnMapping mapping,
                                     List<String> warnings) {
        Set<String> present = new LinkedHashSet<>();
        header.names().forEach(n -> present.add(ColumnMapping.normaliseHeader(n)));
        Set<CanonicalField> found = new LinkedHashSet<>();
        mapping.byHeader().forEach((h, f) -> {
            if (present.contains(ColumnMapping.normaliseHeader(h))) {
                found.add(f);
            } else {
                warnings.add("Column '" + h + "' (" + f + ") of the mapping is not in sheet '" + sheet + "' of "
                        + fileName + "; that field is left empty.");
            }
        });
        if (found.stream().noneMatch(f -> f.isName() || f.isAddressPart())) {
            throw new WorkbenchException("No column of sheet '" + sheet + "' in " + fileName + " (header in row "
                    + header.rowNumber() + ") is mapped to a business name or an address, and every record needs one. "
                    + "Map a column such as 'Premises Name' or 'Post Code', then import again. Columns found: "
                    + String.join(", ", header.names()) + ".");
        }
    }

    private static String chooseSheet(TableReader reader, Path file, String requested) {
        List<String> sheets = reader.sheetNames();
        if (requested != null && !requested.isBlank()) {
            return sheets.stream().filter(s -> s.equalsIgnoreCase(requested.trim())).findFirst().orElseThrow(() ->
                    new WorkbenchException("The file " + file.getFileName() + " has no sheet named '" + requested
                            + "'. Its sheets are: " + String.join(", ", sheets) + "."));
        }
        String firstNonBlank = null;
        for (String sheet : sheets) {
            List<RawRow> top = readRows(reader, sheet, HeaderDetector.SEARCH_ROWS);
            if (HeaderDetector.detect(top).isPresent()) {
                return sheet;
            }
            if (firstNonBlank == null && top.stream().anyMatch(r -> !r.isBlank())) {
                firstNonBlank = sheet;
            }
        }
        if (firstNonBlank == null) {
            throw new WorkbenchException("The file " + file.getFileName() + " has no data in any sheet ("
                    + String.join(", ", sheets) + ").");
        }
        return firstNonBlank;
    }

    private static HeaderRow findHeader(Path file, String sheet, List<RawRow> top, Integer headerRow,
                                        TableReader reader) {
        if (headerRow != null) {
            List<RawRow> rows = headerRow <= top.size() ? top : readRows(reader, sheet, headerRow);
            return rows.stream().filter(r -> r.rowNumber() == headerRow && !r.isBlank()).findFirst()
                    .map(HeaderDetector::toHeader)
                    .orElseThrow(() -> new WorkbenchException("Row " + headerRow + " of sheet '" + sheet + "' in "
                            + file.getFileName() + " is empty, so it cannot be the header row."));
        }
        return HeaderDetector.detect(top).orElseThrow(() -> new WorkbenchException("No header row was found in the "
                + "first " + HeaderDetector.SEARCH_ROWS + " rows of sheet '" + sheet + "' in " + file.getFileName()
                + ": expected a row of column names such as 'Premises Name', 'Address', 'Post Code'. "
                + "If the names are there, choose the header row by hand."));
    }

    private static List<RawRow> sampleRows(TableReader reader, String sheet, HeaderRow header) {
        List<RawRow> rows = new ArrayList<>();
        reader.read(sheet, row -> {
            if (row.rowNumber() > header.rowNumber() && !row.isBlank()) {
                rows.add(row);
            }
            return rows.size() < SAMPLE_ROWS;
        });
        return rows;
    }

    private static List<RawRow> readRows(TableReader reader, String sheet, int maxRows) {
        List<RawRow> rows = new ArrayList<>();
        reader.read(sheet, row -> {
            rows.add(row);
            return row.rowNumber() < maxRows;
        });
        return rows;
    }

    private static List<String> distinctValues(List<RawRow> rows, HeaderRow header, ColumnMapping mapping,
                                               CanonicalField field) {
        Set<String> values = new LinkedHashSet<>();
        for (int c = 0; c < header.names().size(); c++) {
            if (mapping.fieldFor(header.names().get(c)).orElse(null) == field) {
                for (RawRow row : rows) {
                    if (!row.cell(c).isEmpty()) {
                        values.add(row.cell(c));
                    }
                }
            }
        }
        return values.stream().sorted().toList();
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new WorkbenchException("The file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
    }
}
