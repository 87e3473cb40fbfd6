package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.export.LinkageCsvExporter;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck export entities|pairs --out F.csv}: the latest linkage run as CSV. */
@Command(name = "export", description = {"Exports the latest linkage run.",
    "  entities : one row per record with its business entity",
    "  pairs    : one row per scored pair with probability and per-comparison levels and weights"})
final class ExportCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "entities or pairs")
    String what;
    @Option(names = "--out", required = true, paramLabel = "FILE.csv")
    Path out;

    @Override
    public void run() {
        try (Workspace ws = root.openWorkspace()) {
            if (ws.linkage().lastRun().isEmpty()) {
                throw new WorkbenchException("Nothing to export: run 'crosscheck link' first.");
            }
            LinkageCsvExporter exporter = new LinkageCsvExporter(ws.linkage());
            int rows = switch (what) {
                case "entities" -> exporter.exportEntities(out);
                case "pairs" -> exporter.exportPairs(out);
                default -> throw new WorkbenchException("Unknown export '" + what + "'. Use entities or pairs.");
            };
            spec.commandLine().getOut().printf("Wrote %,d rows to %s%n", rows, out);
        }
    }
}
