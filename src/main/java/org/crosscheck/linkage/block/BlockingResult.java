package org.crosscheck.linkage.block;

import java.util.List;

/**
 * The candidate pairs of a run, sorted and distinct, and per rule how many it produced and which oversized blocks
 * it had to split or skip.
 *
 * @param pairs          the candidates packed as in {@link LongList#pair}; null once let go (see
 *                       {@link #withoutPairs()})
 * @param candidateCount how many candidates there are (or were)
 */
public record BlockingResult(long[] pairs, List<RuleCount> perRule, int candidateCount) {

    public BlockingResult(long[] pairs, List<RuleCount> perRule) {
        this(pairs, perRule, pairs.length);
    }

    /**
     * The counts without the pairs themselves, for a run's outcome: once scored, a large run's candidates (8 bytes
     * each, half a gigabyte for a million records) are no longer needed.
     */
    public BlockingResult withoutPairs() {
        return new BlockingResult(null, perRule, candidateCount);
    }

    /** One rule's outcome: pairs it produced (before removing those other rules also found) and capping. */
    public record RuleCount(String rule, long pairs, int blocksSplit, int blocksSkipped, int largestBlock) {
    }
}
