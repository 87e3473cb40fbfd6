package org.crosscheck.linkage;

import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.score.FellegiSunterModel;

/**
 * What a run knows from before: entity ids to keep stable, human decisions to obey, and for an incremental
 * relink the previous model, record hashes and stored pair scores to reuse for records that did not change.
 *
 * @param previousEntity   entity id by stored record id, from the last run
 * @param nextEntityId     first entity id never used
 * @param decisions        the latest human decision for each decided pair
 * @param model            the model to score with, or null to train a new one
 * @param previousHashes   content hash by record id at the last run (incremental only; empty otherwise)
 * @param previousScores   stored pair scores of the last run by {@link #pairKey} (incremental only)
 */
public record PriorState(Map<Long, Long> previousEntity, long nextEntityId, List<HumanDecision> decisions,
                         FellegiSunterModel model, Map<Long, String> previousHashes,
                         Map<String, PreviousScore> previousScores) {

    public static PriorState none() {
        return new PriorState(Map.of(), 1, List.of(), null, Map.of(), Map.of());
    }

    /** True when pairs of unchanged records can reuse their stored scores. */
    public boolean isIncremental() {
        return model != null && !previousHashes.isEmpty();
    }

    /** A person's verdict on a pair of stored records: same business or not. */
    public record HumanDecision(long leftRecordId, long rightRecordId, boolean same) {
    }

    /** A pair's score as stored by the last run. */
    public record PreviousScore(long vector, double weight, double probability, boolean strongAgainst,
                                boolean strongFor) {
    }

    /** Key of a pair of stored record ids, lower first. */
    public static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
