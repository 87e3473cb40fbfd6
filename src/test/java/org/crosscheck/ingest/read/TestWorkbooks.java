package org.crosscheck.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small messy workbooks for reader and import tests: cells given as Object (String, Number, LocalDate, null). */
public final class TestWorkbooks {
    private TestWorkbooks() {
    }

    public static Path xlsx(Path file, String sheet, Object[]... rows) throws IOException {
        return write(new XSSFWorkbook(), file, sheet, rows);
    }

    public static Path xls(Path file, String sheet, Object[]... rows) throws IOException {
        return write(new HSSFWorkbook(), file, sheet, rows);
    }

    private static Path write(Workbook wb, Path file, String sheetName, Object[]... rows) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
