package org.crosscheck.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.ingest.read.RawRow;

/**
 * Says why a row below the header is not a record: blank, a repeated header (page breaks in printed exports),
 * or a totals or notes line such as "Total: 312" or "Source: Fire Service, extracted 01/03/2024".
 */
final class RowFilter {
    private static final Pattern TOTALS_OR_NOTES = Pattern.compile(
            "(?i)^(grand\\s+)?(total|totals|sub-?total|count|sum|number of|no\\. of|notes?|source|prepared by|"
                    + "extracted|report (generated|produced|run|date)|generated|printed|end of (report|data|list)|"
                    + "page \\d+|\\*|please note|n\\.b\\.|disclaimer|data as at)\\b.*");

    private final List<String> header;

    RowFilter(List<String> header) {
        this.header = header;
    }

    /** The reason to skip the row, or null when it is a data row. */
    String skipReason(RawRow row) {
        if (row.isBlank()) {
            return "blank row";
        }
        if (isRepeatedHeader(row)) {
            return "repeated header row";
        }
        if (row.filledCount() <= 3 && TOTALS_OR_NOTES.matcher(row.firstFilled()).matches()) {
            return "totals or notes row ('" + abbreviate(row.firstFilled()) + "')";
        }
        return null;
    }

    private boolean isRepeatedHeader(RawRow row) {
        int same = 0;
        for (int c = 0; c < header.size(); c++) {
            if (!row.cell(c).isEmpty() && row.cell(c).equalsIgnoreCase(header.get(c))) {
                same++;
            }
        }
        return same >= Math.max(2, header.size() * 0.6);
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
