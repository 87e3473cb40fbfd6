package org.crosscheck.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.export.chart.ChartData;
import org.crosscheck.export.chart.ChartKind;
import org.crosscheck.export.chart.ChartWriter;
import org.crosscheck.export.chart.Charts;
import org.crosscheck.export.pack.PackAssembler;
import org.crosscheck.export.pack.PackScope;
import org.crosscheck.export.pack.TaskingPack;
import org.crosscheck.export.pdf.BriefingWriter;
import org.crosscheck.export.sharing.SharingService;
import org.crosscheck.export.xlsx.TaskingPackWriter;
import org.crosscheck.insight.PictureService;
import org.crosscheck.jobs.CancelledException;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.storage.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasking packs, briefing sheets and charts for one recipient, each filtered by the sharing rules and written to
 * the audit log. Files are written beside the target and moved into place, so a failed or cancelled export
 * never leaves half a file under the chosen name.
 */
public final class ExportService {
    /** The audit log's names for each kind of output. */
    public static final String PACK = "tasking-pack";
    public static final String BRIEFINGS = "briefings";
    public static final String CHART = "chart";
    public static final String PRINT = "print-briefings";
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final PackAssembler assembler;
    private final SharingService sharing;

    public ExportService(PictureService picture, TaskingService tasking, ReferralService referrals,
                         SharingService sharing, Clock clock) {
        this.assembler = new PackAssembler(picture, tasking, referrals, sharing, clock);
        this.sharing = sharing;
    }

    /** The services of one workspace, on the system clock. */
    public static ExportService of(Workspace workspace) {
        Clock clock = Clock.systemDefaultZone();
        PictureService picture = new PictureService(workspace, clock);
        return new ExportService(picture, new TaskingService(workspace, picture, clock),
                new ReferralService(workspace, picture, clock), new SharingService(workspace, clock), clock);
    }

    public SharingService sharing() {
        return sharing;
    }

    public ExportResult pack(Recipient recipient, PackScope scope, ReviewProgress review, Path out,
                             String user, ProgressSink sink) {
        long start = System.nanoTime();
        TaskingPack pack = assembler.assemble(recipient, scope, review, user, sink);
        List<String[]> rules = sharing.rules().stream().map(r -> new String[] {r.sourceName(),
            r.sourceAgency().label(), TaskingPackWriter.levelWords(r.levelFor(recipient)), r.gateway()}).toList();
        TaskingPackWriter writer = new TaskingPackWriter(new TaskingPackWriter.SharingRules(rules));
        writeAtomically(out, o -> writer.write(pack, o, sink));
        return logged(recipient, PACK, out, pack, "scope: " + pack.scope(), user, start);
    }

    public ExportResult briefings(Recipient recipient, PackScope scope, Path out, String user, ProgressSink sink) {
        long start = System.nanoTime();
        TaskingPack pack = assembler.assemble(recipient, scope, null, user, sink);
        writeAtomically(out, o -> new BriefingWriter().write(pack, o, sink));
        return logged(recipient, BRIEFINGS, out, pack, "scope: " + pack.scope(), user, start);
    }

    /** Writes a chart as PNG or PDF, by the file's extension. */
    public ExportResult chart(ChartKind kind, Recipient recipient, ReviewProgress review, Path out,
                              String user) {
        long start = System.nanoTime();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".png")) {
            throw new WorkbenchException("A chart is written as .png or .pdf; " + out.getFileName() + " is neither.");
        }
        var chart = Charts.create(kind, assembler.chartData(recipient, review));
        writeAtomically(out, o -> o.write(pdf ? pdfBytes(chart) : ChartWriter.png(chart, ChartWriter.WIDTH,
                ChartWriter.HEIGHT)));
        long bytes = size(out);
        sharing.log(recipient, CHART, out.toString(), 0, 0, kind.cliName(), user);
        return new ExportResult(out, 0, 0, bytes, (System.nanoTime() - start) / 1_000_000);
    }

    /** A chart as PNG bytes for showing on screen; not an export, so not logged. */
    public byte[] chartPng(ChartKind kind, Recipient recipient, ReviewProgress review, int width,
                           int height) {
        return ChartWriter.png(Charts.create(kind, assembler.chartData(recipient, review)), width, height);
    }

    /**
     * Briefing sheets rendered as greyscale page images for the system print dialog. Not logged here: the print is
     * logged by {@link #logPrint} once the analyst has actually sent it to a printer.
     */
    public PrintPages printPages(Recipient recipient, PackScope scope, String user, float dpi, ProgressSink sink) {
        TaskingPack pack = assembler.assemble(recipient, scope, null, user, sink);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("crosscheck-briefings", ".pdf");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                new BriefingWriter().write(pack, o, sink);
            }
            return new PrintPages(org.crosscheck.export.pdf.PdfPages.renderPng(tmp, dpi, sink), pack.items().size(),
                    pack.withheldRecords(), pack.scope());
        } catch (IOException e) {
            throw new WorkbenchException("Cannot prepare the briefing sheets for printing: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary briefing file {}", tmp, e);
                }
            }
        }
    }

    /** Page images ready to print, and what they cover. */
    public record PrintPages(List<byte[]> pages, int businesses, int withheld, String scope) {
        public PrintPages {
            pages = List.copyOf(pages);
        }
    }

    /** Records that briefing sheets were sent to a printer. */
    public void logPrint(Recipient recipient, PrintPages printed, String printer, String user) {
        sharing.log(recipient, PRINT, "(printed on " + printer + ")", printed.businesses(), printed.withheld(),
                "scope: " + printed.scope(), user);
    }

    private static byte[] pdfBytes(org.jfree.chart.JFreeChart chart) throws IOException {
        Path tmp = Files.createTempFile("crosscheck-chart", ".pdf");
        try {
            ChartWriter.writePdf(chart, tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private ExportResult logged(Recipient recipient, String what, Path out, TaskingPack pack, String detail,
                                String user, long start) {
        long bytes = size(out);
        sharing.log(recipient, what, out.toString(), pack.items().size(), pack.withheldRecords(), detail, user);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Wrote {} for {} to {}: {} businesses, {} records withheld, {} bytes in {} ms", what,
                recipient.key(), out, pack.items().size(), pack.withheldRecords(), bytes, millis);
        return new ExportResult(out, pack.items().size(), pack.withheldRecords(), bytes, millis);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Something that writes to a stream and may fail with an I/O error. */
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path out, Body body) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".crosscheck-", ".part");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                body.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to, and close the file if another program has it open.", e);
        } catch (CancelledException e) {
            throw e;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not remove the unfinished export {}", tmp, e);
                }
            }
        }
    }
}
