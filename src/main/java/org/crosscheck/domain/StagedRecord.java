package org.crosscheck.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * One data row of an agency file, read and interpreted, ready to be stored. {@code values} holds the mapped
 * canonical text fields (dates are in the two typed fields instead); {@code originalJson} every original cell
 * as a JSON object header → text. {@code recordKey} is the record's identity within its source.
 */
public record StagedRecord(String recordKey, String contentHash, String sheetName, int rowNumber,
                           Map<CanonicalField, String> values, LocalDate nonComplianceDate,
                           LocalDate lastVisitDate, RiskBand riskBand, String originalJson) {

    public String value(CanonicalField field) {
        return values.get(field);
    }
}
