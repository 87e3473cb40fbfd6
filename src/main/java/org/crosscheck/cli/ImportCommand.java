package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.storage.DomainJson;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck import FILE --source NAME}: imports one agency file as a new batch of its source. */
@Command(name = "import", description = {"Imports an agency spreadsheet (.xlsx, .xls, .csv) into a source.",
    "Without --mapping the source's saved mapping is reused, or one is suggested for a new source.",
    "Mapping file format: {\"columns\": {\"Premises Name\": \"BUSINESS_NAME\", \"Post Code\": \"POSTCODE\"},"
        + " \"risk\": {\"0\": \"HIGH\"}} (risk optional)."})
final class ImportCommand implements Runnable {
    private static final int PROBLEMS_SHOWN = 20;

    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The spreadsheet to import.")
    Path file;
    @Option(names = "--source", required = true, description = "The source (agency dataset) to import into.")
    String source;
    @Option(names = "--kind", description = "Agency kind, needed for a new source: ${COMPLETION-CANDIDATES}.")
    AgencyKind kind;
    @Option(names = "--sheet", description = "Sheet to read (default: the first with data).")
    String sheet;
    @Option(names = "--header-row", description = "Row number of the header (default: detected).")
    Integer headerRow;
    @Option(names = "--mapping", paramLabel = "FILE.json", description = "Column mapping to use instead of the saved one.")
    Path mappingFile;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportRequest request = new ImportRequest(file, source, kind, sheet, headerRow, null, null);
        if (mappingFile != null) {
            String json = readMappingFile();
            ColumnMapping mapping = DomainJson.mappingFromJson(json, "The mapping file " + mappingFile.getFileName());
            RiskScale risk = DomainJson.riskFromMappingJson(json, "The mapping file " + mappingFile.getFileName());
            request = request.withMapping(mapping).withRiskScale(risk.bands().isEmpty() ? null : risk);
        }
        try (Workspace ws = root.openWorkspace()) {
            ImportResult result = new ImportService(ws).importFile(request, new ConsoleProgress(err));
            print(out, result);
        }
    }

    private String readMappingFile() {
        try {
            return Files.readString(mappingFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkbenchException("The mapping file " + mappingFile + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, ImportResult result) {
        ImportBatchInfo b = result.batch();
        out.printf("Imported %s (sheet '%s', header in row %d) into source '%s' as batch %d%n", b.fileName(),
                b.sheetName(), b.headerRow(), result.sourceName(), b.id());
        out.printf("Mapping used (%s):%n", result.origin().name().toLowerCase());
        result.mapping().byHeader().forEach((h, f) -> out.printf("  %-32s -> %s%n", h, f));
        out.printf("Rows read %,d; imported %,d; skipped %,d%n", b.rowsRead(), b.rowsImported(), b.rowsSkipped());
        out.printf("Records kept %,d; new %,d; retired %,d%n", b.recordsKept(), b.recordsNew(), b.recordsRetired());
        result.warnings().forEach(w -> out.println("Warning: " + w));
        List<ImportProblem> problems = result.problems();
        if (!problems.isEmpty()) {
            out.printf("Problems (%d):%n", problems.size());
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.printf("  row %d%s: %s %s%n", p.rowNumber(),
                    p.column() == null ? "" : ", column '" + p.column() + "'",
                    p.severity() == ImportProblem.Severity.SKIPPED ? "skipped," : "warning,", p.message()));
            if (problems.size() > PROBLEMS_SHOWN) {
                out.printf("  ... and %d more (see the batch in the app)%n", problems.size() - PROBLEMS_SHOWN);
            }
        }
    }
}
