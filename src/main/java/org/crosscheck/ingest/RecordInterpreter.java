package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.StagedRecord;
import org.crosscheck.ingest.read.RawRow;

/**
 * Turns the data rows of one sheet into records: applies the mapping, reads dates, bands the risk rating, keeps
 * every original cell, and gives each record its identity key. Rows that are not records are reported with the
 * reason. One instance per import (it remembers keys to number duplicates); not thread-safe.
 */
final class RecordInterpreter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final HeaderRow header;
    private final String sheetName;
    private final RiskBander riskBander;
    private final CanonicalField[] fieldOfColumn;
    private final RowFilter filter;
    private final Map<String, Integer> keyCounts = new HashMap<>();

    RecordInterpreter(HeaderRow header, ColumnMapping mapping, RiskBander riskBander, String sheetName) {
        this.header = header;
        this.sheetName = sheetName;
        this.riskBander = riskBander;
        this.fieldOfColumn = new CanonicalField[header.names().size()];
        for (int c = 0; c < fieldOfColumn.length; c++) {
            fieldOfColumn[c] = mapping.fieldFor(header.names().get(c)).orElse(null);
        }
        this.filter = new RowFilter(header.names());
    }

    /** The record a row holds (with any cell warnings added to {@code problems}), or null when it was skipped. */
    StagedRecord interpret(RawRow row, List<ImportProblem> problems) {
        String skip = filter.skipReason(row);
        if (skip != null) {
            problems.add(ImportProblem.skipped(row.rowNumber(), skip));
            return null;
        }
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        for (int c = 0; c < fieldOfColumn.length; c++) {
            CanonicalField field = fieldOfColumn[c];
            String cell = row.cell(c);
            if (field == null || cell.isEmpty()) {
                continue;
            }
            String joiner = field == CanonicalField.PHONE ? "; " : ", ";
            values.merge(field, cell, (a, b) -> a + joiner + b);
        }
        boolean hasName = values.keySet().stream().anyMatch(CanonicalField::isName);
        boolean hasAddress = values.keySet().stream().anyMatch(CanonicalField::isAddressPart);
        if (!hasName && !hasAddress) {
            String reason = row.filledCount() <= 2
                    ? "no business name or address (looks like a note: '" + RowFilter.abbreviate(row.firstFilled()) + "')"
                    : "no business name or address";
            problems.add(ImportProblem.skipped(row.rowNumber(), reason));
            return null;
        }
        LocalDate nonComplianceDate = date(values.remove(CanonicalField.NON_COMPLIANCE_DATE),
                CanonicalField.NON_COMPLIANCE_DATE, row, problems);
        LocalDate lastVisit = date(values.remove(CanonicalField.LAST_VISIT_DATE), CanonicalField.LAST_VISIT_DATE,
                row, problems);
        RiskBand band = riskBander.bandFor(values.get(CanonicalField.RISK_RATING));
        String contentHash = contentHash(values, nonComplianceDate, lastVisit);
        return new StagedRecord(recordKey(values.get(CanonicalField.AGENCY_REF), contentHash), contentHash, sheetName,
                row.rowNumber(), values, nonComplianceDate, lastVisit, band, originalJson(row));
    }

    private LocalDate date(String text, CanonicalField field, RawRow row, List<ImportProblem> problems) {
        if (text == null) {
            return null;
        }
        LocalDate date = DateParser.parse(text);
        if (date == null) {
            problems.add(ImportProblem.warning(row.rowNumber(), columnOf(field),
                    "'" + RowFilter.abbreviate(text) + "' is not a date this tool recognises; kept as text only"));
        }
        return date;
    }

    private String columnOf(CanonicalField field) {
        for (int c = 0; c < fieldOfColumn.length; c++) {
            if (fieldOfColumn[c] == field) {
                return header.names().get(c);
            }
        }
        return null;
    }

    /**
     * The record's identity within its source: the agency's own reference when it has one, else a hash of its
     * content; a key seen earlier in the same file gets "#2", "#3" so both rows are kept.
     */
    private String recordKey(String agencyRef, String contentHash) {
        String base = agencyRef == null || agencyRef.isBlank()
                ? "row:" + contentHash
                : "ref:" + SPACES.matcher(agencyRef.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
        int n = keyCounts.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "#" + n;
    }

    private static String contentHash(Map<CanonicalField, String> values, LocalDate d1, LocalDate d2) {
        StringBuilder sb = new StringBuilder();
        values.forEach((f, v) -> sb.append(f.ordinal()).append('=')
                .append(SPACES.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(" ")).append('\u001f'));
        sb.append(d1).append('\u001f').append(d2);
        return DigestUtils.sha256Hex(sb.toString());
    }

    private String originalJson(RawRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> names = header.names();
        for (int c = 0; c < names.size(); c++) {
            cells.put(names.get(c), row.cell(c));
        }
        // cells beyond the last named column are kept too, so nothing the agency sent is lost
        List<String> extra = new ArrayList<>();
        for (int c = names.size(); c < row.cells().size(); c++) {
            extra.add(row.cell(c));
        }
        if (extra.stream().anyMatch(s -> !s.isEmpty())) {
            for (int i = 0; i < extra.size(); i++) {
                cells.put("Column " + org.apache.poi.ss.util.CellReference.convertNumToColString(names.size() + i),
                        extra.get(i));
            }
        }
        try {
            return JSON.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a row's cells as JSON", e);
        }
    }
}
