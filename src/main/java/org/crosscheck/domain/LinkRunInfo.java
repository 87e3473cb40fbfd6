package org.crosscheck.domain;

import java.time.LocalDateTime;

/**
 * One stored linkage run: when, with which settings and model (JSON), and what it found.
 *
 * @param summaryJson the run's printed summary figures as JSON (stage times, pairs per rule, agency counts)
 */
public record LinkRunInfo(long id, LocalDateTime startedAt, long durationMillis, String appVersion, long seed,
                         boolean incremental, String settingsJson, String modelJson, String inputFingerprint,
                         int recordCount, long candidatePairs, int autoLinks, int reviewPairs, int entityCount,
                         String summaryJson) {
}
