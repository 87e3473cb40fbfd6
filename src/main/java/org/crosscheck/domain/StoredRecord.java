package org.crosscheck.domain;

import java.util.Map;

/**
 * A current record as stored in the workspace: its id, source, identity key and mapped field values as imported.
 *
 * @param kind        the kind of agency the record's source is
 * @param contentHash changes whenever the record's mapped values change (for incremental relinks)
 */
public record StoredRecord(long id, int sourceId, AgencyKind kind, String recordKey, String contentHash,
                        Map<CanonicalField, String> values) {

    public String value(CanonicalField field) {
        return values.get(field);
    }
}
