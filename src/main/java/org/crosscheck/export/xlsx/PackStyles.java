package org.crosscheck.export.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** The pack's cell styles, made once per workbook, and typed cell writers that keep agencies' text as text. */
final class PackStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle title;
    final CellStyle label;
    final CellStyle marker;
    final CellStyle percent;

    PackStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font italic = wb.createFont();
        italic.setItalic(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = wb.createCellStyle();
        quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        short isoDate = wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
        date = wb.createCellStyle();
        date.setDataFormat(isoDate);
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        marker = wb.createCellStyle();
        marker.setFont(italic);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.0%"));
    }

    /** Text from anyone's data: quote-prefixed when it could be read as a formula. Null leaves the cell empty. */
    Cell text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
            c.setCellStyle(SafeCells.needsQuotePrefix(value) ? quoted : text);
        }
        return c;
    }

    Cell marker(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(marker);
        return c;
    }

    Cell number(Row row, int col, double value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        return c;
    }

    Cell date(Row row, int col, LocalDate value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(date);
        }
        return c;
    }

    Cell dateTime(Row row, int col, LocalDateTime value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(dateTime);
        }
        return c;
    }

    void headers(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
        }
    }
}
