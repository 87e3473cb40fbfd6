package org.crosscheck.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.export.chart.ChartKind;
import org.crosscheck.export.chart.ChartWriter;
import org.crosscheck.export.chart.Charts;
import org.crosscheck.export.pack.PackItem;
import org.crosscheck.export.pack.TaskingPack;
import org.crosscheck.export.sharing.BusinessView;
import org.crosscheck.export.sharing.SharingPolicy;
import org.crosscheck.insight.PictureSummary;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;

/**
 * Writes a tasking pack as an Excel workbook: a cover with the Table-1 figures and charts, the tasking list as a
 * formatted Excel table, every agency record of the listed businesses (streamed, withheld detail replaced by a
 * marker), referrals, outcomes, and the sharing rules applied. Agencies' text is never read as a formula.
 */
public final class TaskingPackWriter {
    public static final String COVER = "Cover";
    public static final String TASKING = "Tasking list";
    public static final String RECORDS = "Agency records";
    public static final String REFERRALS = "Referrals";
    public static final String OUTCOMES = "Outcomes";
    public static final String SHARING = "Sharing rules";
    public static final String TABLE_NAME = "TaskingList";
    static final String[] TASKING_COLUMNS = {"Visit", "Planned date", "Priority", "Status", "Business", "Business id",
        "Address", "Postcode", "Lead agency", "Attending", "Officers", "Purpose", "Risk (shared)", "Agencies",
        "Withheld", "Notes"};
    static final String[] RECORD_COLUMNS = {"Business id", "Business", "Agency", "Source", "Shared as", "Name",
        "Trading name", "Legal name", "Address", "Postcode", "Business type", "Phone", "Contact", "Risk band",
        "Agency's rating", "Non-compliance", "Non-compliance date", "Non-compliance notes", "Last visit"};
    private static final int WINDOW = 200;

    private final SharingRules rules;

    /** The rules shown on the "Sharing rules" sheet: source, agency, what the recipient sees, gateway. */
    public record SharingRules(List<String[]> rows) {
    }

    public TaskingPackWriter(SharingRules rules) {
        this.rules = rules;
    }

    public void write(TaskingPack pack, OutputStream out, ProgressSink sink) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        PackStyles styles = new PackStyles(template);
        cover(template, styles, pack);
        taskingList(template, styles, pack);
        // the big sheets stream: inline strings, no shared-strings table held in memory (STACK.md)
        SXSSFWorkbook wb = new SXSSFWorkbook(template, WINDOW, true, false);
        try {
            records(wb, styles, pack, sink);
            referrals(wb, styles, pack);
            outcomes(wb, styles, pack);
            sharing(wb, styles);
            sink.progress(Stage.WRITING, 0, -1);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private void cover(XSSFWorkbook wb, PackStyles s, TaskingPack pack) {
        XSSFSheet sheet = wb.createSheet(COVER);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        int r = 0;
        s.text(sheet.createRow(r++), 0, "Tasking pack").setCellStyle(s.title);
        Row row = sheet.createRow(r++);
        s.text(row, 0, "For").setCellStyle(s.label);
        s.text(row, 1, pack.recipient().label());
        row = sheet.createRow(r++);
        s.text(row, 0, "Covers").setCellStyle(s.label);
        s.text(row, 1, pack.scope() + " (" + pack.items().size() + " businesses)");
        row = sheet.createRow(r++);
        s.text(row, 0, "Made").setCellStyle(s.label);
        s.dateTime(row, 1, pack.generatedAt());
        s.text(row, 2, "by " + pack.generatedBy());
        row = sheet.createRow(r++);
        s.text(row, 0, "Withheld under the sharing rules").setCellStyle(s.label);
        s.text(row, 1, pack.withheldRecords() + " agency records (marked where they would appear)");
        r++;
        s.text(sheet.createRow(r++), 0, "The partnership's figures (evaluation, Table 1)").setCellStyle(s.label);
        PictureSummary sum = pack.summary();
        r = figure(sheet, s, r, "Agency records compared", sum.recordsCompared(), null);
        r = figure(sheet, s, r, "Businesses they form", sum.businesses(), null);
        r = figure(sheet, s, r, "Known to two or more agencies", sum.knownToTwo(), null);
        r = figure(sheet, s, r, "Of interest to two or more agencies", sum.interestTwo(), sum.interestTwoShare());
        r = figure(sheet, s, r, "Of interest to three or more agencies", sum.interestThree(),
                sum.interestThreeShare());
        r++;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        List<ChartKind> kinds = List.of(ChartKind.AGENCIES, ChartKind.OVERLAP, ChartKind.RISK_BY_AREA,
                ChartKind.OUTCOMES);
        for (int i = 0; i < kinds.size(); i++) {
            byte[] png = ChartWriter.png(Charts.create(kinds.get(i), pack.charts()), ChartWriter.WIDTH,
                    ChartWriter.HEIGHT);
            int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + i * 24, 4, r + i * 24 + 23);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            drawing.createPicture(anchor, picture);
        }
    }

    private static int figure(Sheet sheet, PackStyles s, int r, String label, int value, Double share) {
        Row row = sheet.createRow(r);
        s.text(row, 0, label);
        s.number(row, 1, value);
        if (share != null) {
            s.number(row, 2, share).setCellStyle(s.percent);
        }
        return r + 1;
    }

    private void taskingList(XSSFWorkbook wb, PackStyles s, TaskingPack pack) {
        XSSFSheet sheet = wb.createSheet(TASKING);
        s.headers(sheet.createRow(0), TASKING_COLUMNS);
        int r = 1;
        for (PackItem item : pack.items()) {
            Visit v = item.visit();
            BusinessView b = item.business();
            Row row = sheet.createRow(r++);
            if (v != null) {
                s.number(row, 0, v.id());
                s.date(row, 1, v.plannedDate());
                s.number(row, 2, v.priority());
                s.text(row, 3, words(v.status().name()));
                s.number(row, 10, v.officersNeeded());
                s.text(row, 11, words(v.purpose().name()));
                s.text(row, 15, v.notes());
            }
            s.text(row, 4, b.name());
            s.number(row, 5, b.entityId());
            s.text(row, 6, b.address());
            s.text(row, 7, b.postcode());
            s.text(row, 8, item.leadLabel());
            s.text(row, 9, item.attending().stream().map(PackItem.Attending::agency)
                    .collect(Collectors.joining(", ")));
            s.text(row, 12, words(b.visibleRisk().name()));
            s.text(row, 13, b.agencies().stream().map(AgencyKind::label).collect(Collectors.joining(", ")));
            s.text(row, 14, String.join("; ", b.markers()));
        }
        int lastRow = Math.max(1, r - 1);
        if (r == 1) {
            sheet.createRow(1);
        }
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, TASKING_COLUMNS.length - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE_NAME);
        table.setDisplayName(TABLE_NAME);
        var style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        sheet.createFreezePane(0, 1);
        fitToWidth(sheet);
        int[] widths = {7, 12, 8, 10, 30, 11, 40, 10, 22, 40, 8, 12, 12, 40, 50, 40};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private void records(SXSSFWorkbook wb, PackStyles s, TaskingPack pack, ProgressSink sink) {
        SXSSFSheet sheet = wb.createSheet(RECORDS);
        fitToWidth(sheet);
        s.headers(sheet.createRow(0), RECORD_COLUMNS);
        sheet.createFreezePane(0, 1);
        int[] widths = {11, 30, 22, 26, 11, 30, 24, 24, 40, 10, 18, 16, 20, 10, 12, 14, 14, 40, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 1;
        int done = 0;
        for (PackItem item : pack.items()) {
            sink.checkCancelled();
            BusinessView b = item.business();
            for (ProfileRecord rec : b.visibleRecords()) {
                Row row = sheet.createRow(r++);
                s.number(row, 0, b.entityId());
                s.text(row, 1, b.name());
                s.text(row, 2, rec.agency().label());
                s.text(row, 3, rec.sourceName());
                s.text(row, 4, "Full");
                s.text(row, 5, rec.name());
                s.text(row, 6, rec.tradingName());
                s.text(row, 7, rec.legalName());
                s.text(row, 8, rec.address());
                s.text(row, 9, rec.postcode());
                s.text(row, 10, rec.businessType());
                s.text(row, 11, rec.phone());
                s.text(row, 12, rec.contactName());
                s.text(row, 13, rec.riskBand() == null ? null : words(rec.riskBand().name()));
                s.text(row, 14, rec.riskRaw());
                s.text(row, 15, rec.nonComplianceFlag());
                s.date(row, 16, rec.nonComplianceDate());
                s.text(row, 17, rec.nonComplianceNotes());
                s.date(row, 18, rec.lastVisitDate());
            }
            for (AgencyKind a : b.withheldAgencies()) {
                Row row = sheet.createRow(r++);
                s.number(row, 0, b.entityId());
                s.text(row, 1, b.name());
                s.text(row, 2, a.label());
                s.text(row, 4, "Held only");
                s.marker(row, 5, SharingPolicy.marker(a));
            }
            sink.progress(Stage.EXPORTING, ++done, pack.items().size());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, RECORD_COLUMNS.length - 1));
    }

    private void referrals(SXSSFWorkbook wb, PackStyles s, TaskingPack pack) {
        SXSSFSheet sheet = wb.createSheet(REFERRALS);
        String[] cols = {"Referral", "Business id", "Place", "Observed on", "Observed by", "From", "To",
            "Golden indicators", "Details", "Recorded", "Feedback", "Feedback note"};
        s.headers(sheet.createRow(0), cols);
        sheet.createFreezePane(0, 1);
        int[] widths = {9, 11, 36, 12, 20, 22, 22, 40, 50, 16, 14, 40};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 1;
        for (Referral ref : pack.referrals()) {
            Row row = sheet.createRow(r++);
            s.number(row, 0, ref.id());
            if (ref.entityId() != null) {
                s.number(row, 1, ref.entityId());
            }
            s.text(row, 2, ref.place());
            s.date(row, 3, ref.observedOn());
            s.text(row, 4, ref.observedBy());
            s.text(row, 5, ref.fromAgency().label());
            s.text(row, 6, ref.targetAgency().label());
            s.text(row, 7, ref.indicators().stream().map(i -> i.text()).collect(Collectors.joining("; ")));
            s.text(row, 8, ref.details());
            s.dateTime(row, 9, ref.recordedAt());
            if (ref.latestFeedback() != null) {
                s.text(row, 10, words(ref.latestFeedback().verdict().name()));
                s.text(row, 11, ref.latestFeedback().note());
            } else {
                s.text(row, 10, "Awaiting");
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, cols.length - 1));
    }

    private void outcomes(SXSSFWorkbook wb, PackStyles s, TaskingPack pack) {
        SXSSFSheet sheet = wb.createSheet(OUTCOMES);
        String[] cols = {"Visit", "Business", "Visit date", "Agency", "Outcome", "Number", "Note", "Recorded by",
            "Recorded"};
        s.headers(sheet.createRow(0), cols);
        sheet.createFreezePane(0, 1);
        int[] widths = {7, 40, 12, 22, 14, 8, 50, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        java.util.Map<Long, Visit> visits = new java.util.HashMap<>();
        pack.visits().forEach(v -> visits.put(v.id(), v));
        // the business as the recipient may see it, not the label stored with the visit (it may quote a withheld name)
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        pack.items().stream().filter(i -> i.visit() != null)
                .forEach(i -> names.put(i.visit().id(), i.business().name()));
        int r = 1;
        for (VisitOutcome o : pack.outcomes()) {
            Visit v = visits.get(o.visitId());
            Row row = sheet.createRow(r++);
            s.number(row, 0, o.visitId());
            s.text(row, 1, names.get(o.visitId()));
            s.date(row, 2, v == null ? null : v.plannedDate());
            s.text(row, 3, o.agency().label());
            s.text(row, 4, words(o.kind().name()));
            s.number(row, 5, o.quantity());
            s.text(row, 6, o.note());
            s.text(row, 7, o.recordedBy());
            s.dateTime(row, 8, o.recordedAt());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, cols.length - 1));
    }

    private void sharing(SXSSFWorkbook wb, PackStyles s) {
        SXSSFSheet sheet = wb.createSheet(SHARING);
        s.headers(sheet.createRow(0), "Source", "Agency", "This recipient sees", "Gateway or agreement");
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        int r = 1;
        for (String[] rule : rules.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < rule.length; i++) {
                s.text(row, i, rule[i]);
            }
        }
    }

    /** Printed landscape, one page wide, with the header row repeated on every page. */
    private static void fitToWidth(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** A level as a recipient reads it on the "Sharing rules" sheet. */
    public static String levelWords(SharingLevel level) {
        return level == SharingLevel.FULL ? "Full records" : "Only that a record is held";
    }

    static String words(String enumName) {
        String w = enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String words(RiskBand band) {
        return words(band.name());
    }
}
