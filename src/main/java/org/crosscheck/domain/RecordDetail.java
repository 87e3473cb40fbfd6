package org.crosscheck.domain;

import java.util.Map;

/** One stored record in full, for side-by-side review: identity, where it came from, its fields and every cell. */
public record RecordDetail(long id, int sourceId, String sourceName, AgencyKind kind, String recordKey, String sheet,
                           int row, Map<CanonicalField, String> values, Map<String, String> originalCells) {
}
