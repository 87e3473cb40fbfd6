package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.export.ExportResult;
import org.crosscheck.export.ExportService;
import org.crosscheck.export.LinkageCsvExporter;
import org.crosscheck.export.chart.ChartKind;
import org.crosscheck.export.pack.PackScope;
import org.crosscheck.linkage.ExplanationFormatter;
import org.crosscheck.review.ReviewService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck export ...}: the linkage run as CSV, and tasking packs, briefing sheets and charts for one
 * recipient under the sharing rules, each recorded in the export log.
 */
@Command(name = "export", description = {"Exports the linkage run, tasking packs, briefing sheets and charts.",
    "Packs, briefings and charts show each recipient only what the sharing rules allow ('crosscheck sharing list'),",
    "and every one is recorded in the export log ('crosscheck export log')."})
final class ExportCommand {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "entities", description = "One row per record with its business entity (CSV).")
    void entities(@Option(names = "--out", required = true, paramLabel = "FILE.csv") Path out) {
        csv(out, true);
    }

    @Command(name = "pairs", description = "One row per scored pair with probability and per-comparison levels (CSV).")
    void pairs(@Option(names = "--out", required = true, paramLabel = "FILE.csv") Path out) {
        csv(out, false);
    }

    @Command(name = "pack", description = "The tasking pack as an Excel workbook for one recipient.")
    void pack(@Option(names = "--recipient", required = true, paramLabel = "AGENCY",
                      description = "An agency kind (e.g. FIRE, HMRC) or PARTNERSHIP_MEETING.") String recipient,
              @Option(names = "--out", required = true, paramLabel = "FILE.xlsx") Path out,
              @Option(names = "--week", paramLabel = "DATE", description = "Any day of the week, yyyy-mm-dd "
                      + "(default: this week).") LocalDate week,
              @Option(names = "--all", description = "Every visit on the tasking list.") boolean all,
              @Option(names = "--analyst", description = "Name recorded in the export log.") String analyst) {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new WorkbenchException("A tasking pack is an Excel workbook: give --out a name ending in .xlsx.");
        }
        PackScope scope = all ? PackScope.allVisits() : PackScope.week(week == null ? LocalDate.now() : week);
        Recipient to = Recipient.parse(recipient);
        try (Workspace ws = root.openWorkspace()) {
            ExportResult r = ExportService.of(ws).pack(to, scope, reviewProgress(ws), out, user(analyst),
                    new ConsoleProgress(err()));
            report(r, to, "tasking pack");
        }
    }

    @Command(name = "briefings", description = "Briefing sheets (PDF, one A4 page per business) for one recipient.")
    void briefings(@Option(names = "--recipient", required = true, paramLabel = "AGENCY") String recipient,
                   @Option(names = "--out", required = true, paramLabel = "FILE.pdf") Path out,
                   @Option(names = "--entity", paramLabel = "ID", description = "One business (default: the tasking "
                           + "list of --week, or --all).") Long entity,
                   @Option(names = "--week", paramLabel = "DATE") LocalDate week,
                   @Option(names = "--all", description = "Every visit on the tasking list.") boolean all,
                   @Option(names = "--analyst") String analyst) {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new WorkbenchException("Briefing sheets are a PDF: give --out a name ending in .pdf.");
        }
        PackScope scope = entity != null ? PackScope.business(entity) : all ? PackScope.allVisits()
                : PackScope.week(week == null ? LocalDate.now() : week);
        Recipient to = Recipient.parse(recipient);
        try (Workspace ws = root.openWorkspace()) {
            ExportResult r = ExportService.of(ws).briefings(to, scope, out, user(analyst), new ConsoleProgress(err()));
            report(r, to, "briefing sheets");
        }
    }

    @Command(name = "chart", description = "A chart as PNG or PDF: agencies, overlap, risk-by-area, outcomes, review.")
    void chart(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.pdf") Path out,
               @Option(names = "--recipient", defaultValue = Recipient.MEETING_KEY, paramLabel = "AGENCY",
                       description = "Who it is for (default: ${DEFAULT-VALUE}).") String recipient,
               @Option(names = "--analyst") String analyst) {
        ChartKind kind = ChartKind.parse(name);
        Recipient to = Recipient.parse(recipient);
        try (Workspace ws = root.openWorkspace()) {
            ExportResult r = ExportService.of(ws).chart(kind, to,
                    kind == ChartKind.REVIEW ? reviewProgress(ws) : null, out, user(analyst));
            out().printf("Wrote the %s chart for %s to %s (%,d bytes)%n", kind.cliName(), to.label(), r.file(),
                    r.bytes());
        }
    }

    @Command(name = "log", description = "The export log: every pack, briefing, chart and print, newest first.")
    void log(@Option(names = "--limit", defaultValue = "50") int limit) {
        try (Workspace ws = root.openWorkspace()) {
            List<ExportLogEntry> entries = ExportService.of(ws).sharing().log();
            PrintWriter out = out();
            out.printf("%,d exports%n", entries.size());
            entries.stream().limit(limit).forEach(e -> out.printf("%4d  %s  %-16s %-20s %-16s %4d businesses  "
                            + "%4d withheld  %s%s%n", e.id(), e.at().withNano(0), e.user(), e.recipientKey(), e.what(),
                    e.businesses(), e.withheld(), e.fileName(), e.detail().isBlank() ? "" : "  (" + e.detail() + ")"));
        }
    }

    private void csv(Path out, boolean entities) {
        try (Workspace ws = root.openWorkspace()) {
            if (ws.linkage().lastRun().isEmpty()) {
                throw new WorkbenchException("Nothing to export: run 'crosscheck link' first.");
            }
            LinkageCsvExporter exporter = new LinkageCsvExporter(ws.linkage());
            int rows = entities ? exporter.exportEntities(out) : exporter.exportPairs(out);
            out().printf("Wrote %,d rows to %s%n", rows, out);
        }
    }

    private void report(ExportResult r, Recipient to, String what) {
        out().printf("Wrote the %s for %s to %s: %,d businesses, %,d agency records withheld under the sharing "
                + "rules, %,d bytes, %.1f s%n", what, to.label(), r.file(), r.businesses(), r.withheld(), r.bytes(),
                r.millis() / 1000.0);
    }

    static org.crosscheck.domain.ReviewProgress reviewProgress(Workspace ws) {
        return new ReviewService(ws, new ExplanationFormatter()).progress();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static String user(String analyst) {
        return analyst != null ? analyst : org.crosscheck.settings.SettingsStore.inAppData().load().analystName();
    }
}
