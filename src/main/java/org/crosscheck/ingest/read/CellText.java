package org.crosscheck.ingest.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric spreadsheet cells into the text an analyst expects: dates as ISO, whole numbers (phone numbers,
 * UPRNs, references) in full rather than Excel's "1.00021E+11", other numbers as plain decimals.
 */
final class CellText {
    private CellText() {
    }

    static String numeric(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime when = DateUtil.getLocalDateTime(value);
            return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString() : when.toString();
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (formatString != null && formatString.contains("%")) {
            return new DataFormatter().formatRawCellContents(value, formatIndex, formatString);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Trims spaces, including the non-breaking ones pasted from web pages. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00a0', ' ').strip();
    }
}
