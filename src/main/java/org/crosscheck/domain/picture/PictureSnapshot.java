package org.crosscheck.domain.picture;

import java.time.LocalDateTime;

/** The Table-1 figures as they stood after one link run. */
public record PictureSnapshot(long runId, LocalDateTime takenAt, Long latestBatchId, int recordsCompared,
                              int businesses, int knownToTwo, int interestTwo, int interestThree, long linkMillis) {
}
