package org.crosscheck.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BigXlsxWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesRealisticHeadersThenGenericOnes() throws IOException {
        Path file = dir.resolve("big.xlsx");
        BigXlsxWriter.write(file, 50, 17, 1L);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Row header = workbook.getSheet(BigXlsxWriter.SHEET).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            List<String> expected = new ArrayList<>(BigXlsxWriter.HEADERS);
            expected.add("Field 16");
            expected.add("Field 17");
            assertEquals(expected, headers);
        }
    }

    @Test
    void writesOneRowPerRequestedRowBelowTheHeader() throws IOException {
        Path file = dir.resolve("big.xlsx");
        BigXlsxWriter.write(file, 1_000, 15, 2L);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(BigXlsxWriter.SHEET);
            assertEquals(1_000, sheet.getLastRowNum());
            assertEquals("PR0001000", sheet.getRow(1_000).getCell(0).getStringCellValue());
        }
    }

    @Test
    void writesLastInspectionAsDateCells() throws IOException {
        Path file = dir.resolve("big.xlsx");
        BigXlsxWriter.write(file, 20, 15, 3L);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            assertTrue(DateUtil.isCellDateFormatted(workbook.getSheet(BigXlsxWriter.SHEET).getRow(1).getCell(12)));
        }
    }

    @Test
    void writesStringsInlineNotThroughTheSharedStringsTable() throws IOException {
        Path file = dir.resolve("big.xlsx");
        BigXlsxWriter.write(file, 100, 15, 4L);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(xml.contains("t=\"inlineStr\""));
                assertFalse(xml.contains("t=\"s\""));
            }
        }
    }
}
