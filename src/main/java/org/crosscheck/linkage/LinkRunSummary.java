package org.crosscheck.linkage;

import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.block.BlockingResult;

/**
 * What a linkage run found, as the CLI prints it and the Linking screen shows it.
 *
 * @param businessesByAgencies how many entities are known to 1, 2, 3 and 4+ sources (index 0..3)
 * @param stageMillis          wall time per stage, including "save"
 */
public record LinkRunSummary(long runId, boolean incremental, int records, long candidatePairs,
                             List<BlockingResult.RuleCount> perRule, long rescoredPairs, int autoLinks,
                             int reviewPairs, int refusedLinks, int entities, int[] businessesByAgencies,
                             int associations, int emIterations, Map<String, Long> stageMillis) {

    public long totalMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }
}
