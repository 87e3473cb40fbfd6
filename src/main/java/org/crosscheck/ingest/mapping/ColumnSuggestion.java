package org.crosscheck.ingest.mapping;

import org.crosscheck.domain.CanonicalField;

/**
 * The suggested field for one column (null: leave unmapped), with a confidence 0..1 and the reason in words,
 * e.g. "header 'Post Code' is a usual name for it; 97% of values look like postcodes".
 */
public record ColumnSuggestion(int columnIndex, String header, CanonicalField field, double confidence, String reason) {
}
