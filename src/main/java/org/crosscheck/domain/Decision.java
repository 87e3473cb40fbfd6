package org.crosscheck.domain;

import java.time.LocalDateTime;

/**
 * A decision about a pair of records, keyed by their stable identities (source id + record key) so it survives
 * relinks and refreshes. Decisions are appended, never changed; for a pair, a HUMAN decision beats an ENGINE one
 * and the newest of the same origin wins.
 */
public record Decision(long id, int leftSourceId, String leftRecordKey, int rightSourceId, String rightRecordKey,
                       Verdict verdict, Origin origin, String reviewer, LocalDateTime decidedAt, String note) {

    /** Who decided. */
    public enum Origin { HUMAN, ENGINE }
}
