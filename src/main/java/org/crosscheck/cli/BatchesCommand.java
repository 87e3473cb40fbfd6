package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.Source;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck batches SOURCE}: a source's import history, newest first, optionally with problems. */
@Command(name = "batches", description = "Shows a source's import history.")
final class BatchesCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "Source name.")
    String sourceName;
    @Option(names = "--problems", description = "Also list each batch's skipped rows and warnings.")
    boolean problems;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            Source source = ws.sources().findByName(sourceName).orElseThrow(() ->
                    new WorkbenchException("There is no source named '" + sourceName + "'. See: crosscheck sources"));
            out.printf("%-6s %-16s %-30s %-16s %7s %8s %6s %6s %8s%n", "BATCH", "IMPORTED", "FILE", "SHEET", "ROWS",
                    "SKIPPED", "KEPT", "NEW", "RETIRED");
            for (ImportBatchInfo b : ws.sources().batches(source.id())) {
                out.printf("%-6d %-16s %-30s %-16s %,7d %,8d %,6d %,6d %,8d%n", b.id(),
                        SourcesCommand.WHEN.format(b.importedAt()), b.fileName(), b.sheetName(), b.rowsRead(),
                        b.rowsSkipped(), b.recordsKept(), b.recordsNew(), b.recordsRetired());
                if (problems) {
                    for (ImportProblem p : ws.imports().problems(b.id())) {
                        out.printf("       row %d%s: %s%n", p.rowNumber(),
                                p.column() == null ? "" : ", column '" + p.column() + "'", p.message());
                    }
                }
            }
        }
    }
}
