package org.crosscheck.linkage;

/**
 * Everything that changes a run's result, saved as JSON with each run so it can be reproduced. Immutable.
 *
 * @param matchThreshold  probability 0..1 at or above which a pair is linked automatically
 * @param reviewThreshold probability 0..1 from which a pair goes to the review queue (below: rejected)
 * @param maxBlockSize    records in one block above which it is split by name sound
 * @param uSamplePairs    random pairs drawn to estimate u (on a large area, three per record if that is more)
 * @param emIterations    most EM iterations
 * @param emTolerance     EM stops when no parameter moves by more than this
 * @param seed            seed of the random sampling
 * @param storeFloor      pairs below this probability are counted but not stored
 * @param maxSharedForAssociation values shared by more businesses than this make no association
 */
public record LinkageSettings(double matchThreshold, double reviewThreshold, int maxBlockSize, int uSamplePairs,
                              int emIterations, double emTolerance, long seed, double storeFloor,
                              int maxSharedForAssociation) {

    public static LinkageSettings defaults() {
        return new LinkageSettings(0.5, 0.1, 150, 300_000, 60, 1e-5, 42L, 0.01, 20);
    }

    public LinkageSettings withThresholds(double match, double review) {
        if (!(review >= 0 && review <= match && match <= 1)) {
            throw new org.crosscheck.domain.WorkbenchException("Thresholds must satisfy 0 ≤ review (" + review
                    + ") ≤ match (" + match + ") ≤ 1.");
        }
        return new LinkageSettings(match, review, maxBlockSize, uSamplePairs, emIterations, emTolerance, seed,
                storeFloor, maxSharedForAssociation);
    }
}
