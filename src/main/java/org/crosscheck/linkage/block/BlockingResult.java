package org.crosscheck.linkage.block;

import java.util.List;

/**
 * The candidate pairs of a run, sorted and distinct, and per rule how many it produced and which oversized blocks
 * it had to split or skip.
 */
public record BlockingResult(long[] pairs, List<RuleCount> perRule) {

    /** One rule's outcome: pairs it produced (before removing those other rules also found) and capping. */
    public record RuleCount(String rule, long pairs, int blocksSplit, int blocksSkipped, int largestBlock) {
    }
}
