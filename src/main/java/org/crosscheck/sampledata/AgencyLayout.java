package org.crosscheck.sampledata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.crosscheck.domain.AgencyKind;

/**
 * How one agency keeps its spreadsheet: file name and format, sheet, title rows above the header,
 * footer rows below the data, columns, which businesses it knows and how often it holds one twice.
 * Built once per run by {@link AgencyCatalogue}; read-only afterwards.
 */
final class AgencyLayout {

    /** Makes the agency's own reference for the next row, or returns {@code null} if it keeps none. */
    interface RefMaker {
        String next(Business business, java.util.Random random);
    }

    final String baseName;
    final String sourceName;
    final AgencyKind kind;
    final FileFormat format;
    final String sheet;
    final List<Column> columns;
    final ToDoubleFunction<Business> coverage;
    final RefMaker refs;
    String blankSheetBefore;
    List<List<String>> lookupSheetAfter;
    String lookupSheetName;
    List<String> titleLines = List.of();
    IntFunction<List<String>> footer = rows -> List.of();
    int duplicatePercent;
    Charset charset = StandardCharsets.UTF_8;
    boolean hasBom;
    char delimiter = ',';
    DateTimeFormatter csvDates = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    AgencyLayout(String baseName, String sourceName, AgencyKind kind, FileFormat format, String sheet,
                 ToDoubleFunction<Business> coverage, RefMaker refs, List<Column> columns) {
        this.baseName = baseName;
        this.sourceName = sourceName;
        this.kind = kind;
        this.format = format;
        this.sheet = sheet;
        this.coverage = coverage;
        this.refs = refs;
        this.columns = List.copyOf(columns);
    }

    boolean hasGroupHeader() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** 1-based row (or CSV line) of the header: below the title lines, and the lower of two header rows. */
    int headerRow() {
        return titleLines.size() + (hasGroupHeader() ? 2 : 1);
    }
}
