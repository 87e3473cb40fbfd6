package org.crosscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.export.pack.PackScope;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.PictureService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs and briefings on the linked sample partnership: what each recipient sees, and the audit log. */
class ExportServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;
    private Workspace ws;
    private ExportService exports;
    private BusinessProfile business;
    private String hmrcOnly;

    @BeforeEach
    void aVisitToABusinessHmrcKnows() {
        ws = Workspace.open(LinkedSample.copyTo(dir.resolve("ws")));
        exports = ExportService.of(ws);
        PictureService picture = new PictureService(ws);
        for (BusinessProfile p : picture.ranked()) {
            String v = valueOnlyHmrcHolds(p);
            if (v != null && p.agencyCount() >= 3) {
                business = p;
                hmrcOnly = v;
                break;
            }
        }
        assertNotNull(business, "the sample has a business with detail only HMRC holds");
        new TaskingService(ws, picture, Clock.systemDefaultZone()).add(new NewVisit(business.entityId(), 1,
                AgencyKind.FIRE, DAY, 2, VisitPurpose.ENFORCEMENT, "=cmd|' /C calc'!A0",
                List.of(new Attendance(AgencyKind.FIRE, "chosen"), new Attendance(AgencyKind.HMRC, "chosen"))),
                "tester");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** A phone, contact or note in the business's HMRC record that no other agency's record of it repeats. */
    private static String valueOnlyHmrcHolds(BusinessProfile p) {
        List<String> others = new ArrayList<>(List.of(p.name(), String.valueOf(p.address())));
        p.records().stream().filter(r -> r.agency() != AgencyKind.HMRC).forEach(r -> others.addAll(fields(r)));
        return p.records().stream().filter(r -> r.agency() == AgencyKind.HMRC)
                .flatMap(r -> Stream.of(r.phone(), r.contactName(), r.nonComplianceNotes(), r.legalName()))
                .filter(v -> v != null && v.trim().length() >= 6)
                .filter(v -> others.stream().noneMatch(o -> o != null && o.toLowerCase().contains(v.toLowerCase())))
                .findFirst().orElse(null);
    }

    private static List<String> fields(ProfileRecord r) {
        List<String> out = new ArrayList<>();
        Stream.of(r.name(), r.tradingName(), r.legalName(), r.address(), r.phone(), r.contactName(),
                r.nonComplianceNotes()).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    private static String allText(Path xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        all.append(f.formatCellValue(c)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void thePackForFireWithholdsHmrcDetailAndMarksIt() throws Exception {
        Path out = dir.resolve("fire.xlsx");
        ExportResult r = exports.pack(Recipient.of(AgencyKind.FIRE), PackScope.week(DAY), null, out, "tester",
                ProgressSink.NONE);

        String text = allText(out);
        assertFalse(text.contains(hmrcOnly), "HMRC-only detail '" + hmrcOnly + "' leaked to fire");
        assertTrue(text.contains("Further information held by HMRC — ask the lead officer"));
        assertEquals(1, r.businesses());
        assertTrue(r.withheld() >= 1);
    }

    @Test
    void thePackForHmrcShowsItsOwnDetail() throws Exception {
        Path out = dir.resolve("hmrc.xlsx");
        exports.pack(Recipient.of(AgencyKind.HMRC), PackScope.week(DAY), null, out, "tester", ProgressSink.NONE);

        assertTrue(allText(out).contains(hmrcOnly));
    }

    @Test
    void aRuleSharingHmrcWithFireInFullShowsTheDetail() throws Exception {
        String hmrcSource = business.records().stream().filter(x -> x.agency() == AgencyKind.HMRC).findFirst()
                .orElseThrow().sourceName();
        exports.sharing().change(hmrcSource, null, Set.of(Recipient.of(AgencyKind.FIRE)), null,
                "s.18(2)(a)(i) disclosure for this operation", "tester");
        Path out = dir.resolve("fire.xlsx");
        exports.pack(Recipient.of(AgencyKind.FIRE), PackScope.week(DAY), null, out, "tester", ProgressSink.NONE);

        String text = allText(out);
        assertTrue(text.contains(hmrcOnly));
        assertTrue(text.contains("s.18(2)(a)(i) disclosure for this operation"), "the Sharing rules sheet says why");
    }

    @Test
    void briefingsForFireWithholdHmrcDetailAndEmbedTheirFonts() throws Exception {
        Path out = dir.resolve("fire.pdf");
        exports.briefings(Recipient.of(AgencyKind.FIRE), PackScope.week(DAY), out, "tester", ProgressSink.NONE);

        String text = pdfText(out);
        assertTrue(text.contains(business.name()), text);
        assertFalse(text.contains(hmrcOnly), "HMRC-only detail '" + hmrcOnly + "' leaked to fire");
        assertTrue(text.contains("HMRC — Further information held by HMRC — ask the lead officer"), text);
        assertTrue(text.contains("Proposed attendance"));
        assertTrue(text.contains("Notes"));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "one A4 page for the one business");
            PDPage page = doc.getPage(0);
            assertEquals(595, Math.round(page.getMediaBox().getWidth()));
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                fonts++;
            }
            assertEquals(2, fonts, "regular and bold");
        }
    }

    @Test
    void briefingsForHmrcShowItsOwnDetail() throws Exception {
        Path out = dir.resolve("hmrc.pdf");
        exports.briefings(Recipient.of(AgencyKind.HMRC), PackScope.business(business.entityId()), out, "tester",
                ProgressSink.NONE);

        String text = pdfText(out).replaceAll("\\s+", " ");
        assertTrue(text.contains(hmrcOnly.replaceAll("\\s+", " ")), text);
        assertFalse(text.contains("Further information held by HMRC"));
    }

    @Test
    void everyExportIsWrittenToTheAuditLog() throws Exception {
        Path out = dir.resolve("meeting.xlsx");
        exports.pack(Recipient.PARTNERSHIP_MEETING, PackScope.week(DAY), null, out, "A. Analyst", ProgressSink.NONE);
        exports.briefings(Recipient.of(AgencyKind.FIRE), PackScope.week(DAY), dir.resolve("b.pdf"), "B. Analyst",
                ProgressSink.NONE);

        List<ExportLogEntry> log = exports.sharing().log();
        assertEquals(2, log.size());
        ExportLogEntry pack = log.get(1);
        assertEquals(List.of("A. Analyst", "PARTNERSHIP_MEETING", ExportService.PACK, out.toString(), 1),
                List.of(pack.user(), pack.recipientKey(), pack.what(), pack.fileName(), pack.businesses()));
        assertTrue(pack.withheld() >= 1);
        assertEquals(List.of("B. Analyst", "FIRE", ExportService.BRIEFINGS), List.of(log.get(0).user(),
                log.get(0).recipientKey(), log.get(0).what()));
    }

    @Test
    void aWeekWithoutVisitsIsRefusedAndLeavesNoFileOrLogEntry() {
        Path out = dir.resolve("empty.xlsx");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> exports.pack(Recipient.PARTNERSHIP_MEETING,
                PackScope.week(DAY.plusWeeks(5)), null, out, "tester", ProgressSink.NONE));

        assertTrue(e.getMessage().contains("no visits"), e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), exports.sharing().log());
    }
}
