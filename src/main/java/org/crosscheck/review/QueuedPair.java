package org.crosscheck.review;

import org.crosscheck.domain.PairScore;

/**
 * A pair in the review queue with its stable key (for its decision), the sources of its two records and why it
 * is queued.
 */
public record QueuedPair(PairScore pair, String key, int leftSourceId, int rightSourceId, Reason reason) {

    /** Why a pair is in the queue, in the order the queue takes them. */
    public enum Reason {
        /** Decided before, but a record of it changed in a source refresh since. */
        CHANGED_SINCE_DECIDED,
        /** In the review band: the engine is unsure. */
        REVIEW_BAND,
        /** Scored as a match, yet in two businesses: evidence against between their other records kept them apart. */
        KEPT_APART,
        /** Linked automatically, and the link that holds two parts of a business together. */
        AUTO_LINK,
        /** Rejected automatically, but the closest the two businesses came to being linked. */
        NEAR_MISS
    }

    public QueuedPair(PairScore pair, String key, int leftSourceId, int rightSourceId) {
        this(pair, key, leftSourceId, rightSourceId, Reason.REVIEW_BAND);
    }

    /** True when the two records come from different agencies. */
    public boolean isAcrossSources() {
        return leftSourceId != rightSourceId;
    }
}
