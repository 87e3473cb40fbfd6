package org.crosscheck.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A finished linkage run, ready to be stored in one transaction with its pairs, membership and associations.
 *
 * @param recordIds    stored id of each record in the run
 * @param entityIds    entity id of each record, same order
 * @param contentHashes content hash of each record when linked, same order
 */
public record NewLinkRun(LocalDateTime startedAt, long durationMillis, String appVersion, long seed, boolean incremental,
                         String settingsJson, String modelJson, String inputFingerprint, long candidatePairs,
                         int autoLinks, int reviewPairs, int entityCount, long nextEntityId, String summaryJson,
                         List<PairScore> pairs, long[] recordIds, long[] entityIds, String[] contentHashes,
                         List<EntityAssociation> associations) {
}
