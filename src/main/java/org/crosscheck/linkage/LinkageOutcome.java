package org.crosscheck.linkage;

import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.block.BlockingResult;
import org.crosscheck.linkage.cluster.Association;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.Scorer;

/**
 * Everything one run of the engine produced, before it is stored.
 *
 * @param entityOf     entity id of each record index
 * @param stageMillis  wall time of each stage in milliseconds, in pipeline order
 * @param rescored     pairs compared and scored in this run (all candidates unless incremental)
 */
public record LinkageOutcome(List<StdRecord> records, BlockingResult blocking, Scorer scorer, List<Double> emDeltas,
                             List<ScoredPair> pairs, long[] entityOf, int refusedLinks, List<Association> associations,
                             Map<String, Long> stageMillis, long rescored) {
}
