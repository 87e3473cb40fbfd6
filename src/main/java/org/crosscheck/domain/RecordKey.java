package org.crosscheck.domain;

/**
 * A record's stable identity across refreshes (its source and the key within the source) and the hash of its
 * current content.
 */
public record RecordKey(int sourceId, String recordKey, String contentHash) {
}
