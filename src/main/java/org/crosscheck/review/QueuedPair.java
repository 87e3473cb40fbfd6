package org.crosscheck.review;

import org.crosscheck.domain.PairScore;

/** A pair in the review queue with its stable key (for its decision) and the sources of its two records. */
public record QueuedPair(PairScore pair, String key, int leftSourceId, int rightSourceId) {
}
