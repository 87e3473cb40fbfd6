package org.crosscheck.domain;

import java.time.LocalDateTime;

/**
 * A decision about a pair of records, keyed by their stable identities (source id + record key) so it survives
 * relinks and refreshes. Decisions are appended, never changed; for a pair, a HUMAN decision beats an ENGINE one
 * and the newest of the same origin wins.
 *
 * @param leftContentHash  content hash of the left record when decided, or null (decisions before issue 4)
 * @param rightContentHash content hash of the right record when decided, or null
 * @param action           what the person did, or null for a pair reviewed in the queue
 */
public record Decision(long id, int leftSourceId, String leftRecordKey, int rightSourceId, String rightRecordKey,
                       Verdict verdict, Origin origin, String reviewer, LocalDateTime decidedAt, String note,
                       String leftContentHash, String rightContentHash, Action action) {

    /** Who decided. */
    public enum Origin { HUMAN, ENGINE }

    /** How a decision was made outside the pair queue. */
    public enum Action {
        /** A record split out of its business in the entity view: different from each other member. */
        SPLIT,
        /** Two businesses merged by hand in the entity view: one pair across them is the same. */
        MERGE
    }

    /** A decision without content hashes, made in the pair queue. */
    public Decision(long id, int leftSourceId, String leftRecordKey, int rightSourceId, String rightRecordKey,
                    Verdict verdict, Origin origin, String reviewer, LocalDateTime decidedAt, String note) {
        this(id, leftSourceId, leftRecordKey, rightSourceId, rightRecordKey, verdict, origin, reviewer, decidedAt,
                note, null, null, null);
    }

    /** The same decision with the id the store gave it. */
    public Decision withId(long newId) {
        return new Decision(newId, leftSourceId, leftRecordKey, rightSourceId, rightRecordKey, verdict, origin,
                reviewer, decidedAt, note, leftContentHash, rightContentHash, action);
    }
}
