package org.crosscheck.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.export.PackFixtures;
import org.crosscheck.jobs.ProgressSink;
import org.junit.jupiter.api.Test;

class TaskingPackWriterTest {

    private static XSSFWorkbook written(Recipient recipient) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String[]> rules = List.<String[]>of(new String[] {"HMRC VAT", "HMRC", "Only that a record is held", "s.18"});
        new TaskingPackWriter(new TaskingPackWriter.SharingRules(rules)).write(PackFixtures.pack(recipient), out,
                ProgressSink.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XSSFWorkbook wb) {
        DataFormatter f = new DataFormatter();
        List<String> all = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    all.add(f.formatCellValue(c));
                }
            }
        }
        return all;
    }

    @Test
    void thePackHasItsSheetsInOrder() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Cover", "Tasking list", "Agency records", "Referrals", "Outcomes", "Sharing rules"),
                    names);
        }
    }

    @Test
    void theTaskingListIsAnExcelTableWithAutofilterAndAFrozenHeader() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            XSSFSheet sheet = wb.getSheet(TaskingPackWriter.TASKING);
            assertEquals(1, sheet.getTables().size());
            XSSFTable table = sheet.getTables().get(0);
            assertEquals("TaskingList", table.getName());
            assertEquals("A1:P2", table.getArea().formatAsString());
            assertEquals("A1:P2", table.getCTTable().getAutoFilter().getRef());
            assertEquals("Planned date", table.getColumns().get(1).getName());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(4) > 20 * 256, "business name column is widened");
        }
    }

    @Test
    void plannedDatesAreRealDatesWithADateFormat() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            Cell planned = wb.getSheet(TaskingPackWriter.TASKING).getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, planned.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(planned));
            assertEquals(PackFixtures.VISIT_DAY, planned.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", planned.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void aBusinessNamedLikeAFormulaStaysQuotedText() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            Cell name = wb.getSheet(TaskingPackWriter.TASKING).getRow(1).getCell(4);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(PackFixtures.HOSTILE_NAME, name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
            Cell contact = wb.getSheet(TaskingPackWriter.RECORDS).getRow(1).getCell(12);
            assertEquals("@admin", contact.getStringCellValue());
            assertTrue(contact.getCellStyle().getQuotePrefixed(), "the streamed sheet quotes too");
            Cell notes = wb.getSheet(TaskingPackWriter.TASKING).getRow(1).getCell(15);
            assertTrue(notes.getCellStyle().getQuotePrefixed(), "+44 ... would be read as a formula");
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertNotEquals(CellType.FORMULA, c.getCellType(), s.getSheetName() + "!" + c.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void plainTextIsNotQuoted() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            Cell postcode = wb.getSheet(TaskingPackWriter.TASKING).getRow(1).getCell(7);
            assertEquals("BK1 1AA", postcode.getStringCellValue());
            assertFalse(postcode.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void hmrcDetailIsAbsentForFireAndAMarkerStandsInItsPlace() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.FIRE))) {
            List<String> all = texts(wb);
            assertTrue(all.stream().noneMatch(t -> t.contains(PackFixtures.HMRC_SECRET)), "notes withheld");
            assertTrue(all.stream().noneMatch(t -> t.contains("07700 900999")), "phone withheld");
            assertTrue(all.stream().noneMatch(t -> t.contains("Sunrise Secret Alias")), "alias withheld");
            Row marker = wb.getSheet(TaskingPackWriter.RECORDS).getRow(2);
            assertEquals(List.of("HMRC", "Held only", "Further information held by HMRC — ask the lead officer"),
                    List.of(marker.getCell(2).getStringCellValue(), marker.getCell(4).getStringCellValue(),
                            marker.getCell(5).getStringCellValue()));
            assertEquals("Further information held by HMRC — ask the lead officer",
                    wb.getSheet(TaskingPackWriter.TASKING).getRow(1).getCell(14).getStringCellValue());
        }
    }

    @Test
    void hmrcDetailIsPresentForHmrc() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.of(AgencyKind.HMRC))) {
            List<String> all = texts(wb);
            assertTrue(all.contains(PackFixtures.HMRC_SECRET));
            assertTrue(all.contains("07700 900999"));
            assertTrue(all.stream().noneMatch(t -> t.startsWith("Further information held by")));
        }
    }

    @Test
    void theCoverCarriesTheTableOneFiguresAndFourCharts() throws Exception {
        try (XSSFWorkbook wb = written(Recipient.PARTNERSHIP_MEETING)) {
            XSSFSheet cover = wb.getSheet(TaskingPackWriter.COVER);
            assertEquals("Partnership meeting", cover.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Agency records compared", cover.getRow(7).getCell(0).getStringCellValue());
            assertEquals(2.0, cover.getRow(7).getCell(1).getNumericCellValue());
            long pictures = cover.getDrawingPatriarch().getShapes().stream().filter(XSSFPicture.class::isInstance)
                    .count();
            assertEquals(4, pictures);
            assertEquals(4, wb.getAllPictures().size());
        }
    }
}
