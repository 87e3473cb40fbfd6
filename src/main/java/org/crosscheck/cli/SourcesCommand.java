package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crosscheck.domain.SourceSummary;
import org.crosscheck.settings.SettingsStore;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck sources}: lists the workspace's sources with their record counts and staleness. */
@Command(name = "sources", description = "Lists the sources in the workspace.")
final class SourcesCommand implements Runnable {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--stale-days", description = "Days after which a source is stale (default: the Preferences' "
            + "value, at first 30).")
    Integer staleDaysOption;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int staleDays = staleDaysOption != null ? staleDaysOption : SettingsStore.inAppData().load().staleDays();
        try (Workspace ws = root.openWorkspace()) {
            List<SourceSummary> sources = ws.sources().listSummaries();
            if (sources.isEmpty()) {
                out.println("No sources yet. Import a file with: crosscheck import FILE --source NAME --kind KIND");
                return;
            }
            out.printf("%-4s %-32s %-18s %9s %8s  %-16s %s%n", "ID", "SOURCE", "KIND", "RECORDS", "IMPORTS",
                    "LAST IMPORT", "LAST FILE");
            LocalDateTime now = LocalDateTime.now();
            for (SourceSummary s : sources) {
                out.printf("%-4d %-32s %-18s %,9d %8d  %-16s %s%s%n", s.source().id(), s.source().name(),
                        s.source().kind(), s.currentRecords(), s.batchCount(),
                        s.lastImportedAt() == null ? "never" : WHEN.format(s.lastImportedAt()),
                        s.lastFileName() == null ? "" : s.lastFileName(),
                        s.isStale(now, staleDays) ? "  (stale: older than " + staleDays + " days)" : "");
            }
        }
    }
}
