package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.sampledata.SampleFile;
import org.crosscheck.sampledata.SamplePartnership;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck sample}: writes the synthetic sample partnership, and with {@code --load} imports it. */
@Command(name = "sample", description = {"Writes the synthetic sample partnership's agency files and ground truth.",
    "With --load, also imports every file into the workspace."})
final class SampleCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files to.")
    Path out;
    @Option(names = "--businesses", defaultValue = "3000", description = "True businesses in the town (default: 3000).")
    int businesses;
    @Option(names = "--seed", description = "Random seed (default: the sample's own).")
    Long seed;
    @Option(names = "--load", description = "Import the written files into the workspace.")
    boolean load;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<SampleFile> files;
        try {
            files = SamplePartnership.write(this.out, businesses, seed == null ? SamplePartnership.DEFAULT_SEED : seed);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write the sample files to " + this.out + ": " + e.getMessage(), e);
        }
        files.forEach(f -> out.printf("Wrote %-40s %-30s %s%n", f.fileName(), f.sourceName(), f.kind()));
        if (load) {
            try (Workspace ws = root.openWorkspace()) {
                List<ImportResult> results = new SampleWorkspaceLoader(new ImportService(ws))
                        .load(this.out, files, new ConsoleProgress(spec.commandLine().getErr()));
                results.forEach(r -> out.printf("Imported %,7d records into %s%n", r.batch().rowsImported(),
                        r.sourceName()));
            }
        }
    }
}
