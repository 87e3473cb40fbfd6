package org.crosscheck.linkage;

import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.block.BlockingResult;
import org.crosscheck.linkage.cluster.Association;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.linkage.score.Scorer;

/**
 * Everything one run of the engine produced, before it is stored.
 *
 * @param pairs        the scored pairs anything downstream reads, in candidate order: those at or above the lowest
 *                     of the store floor and the thresholds, and those with strong evidence against; the other
 *                     candidates are only counted (in {@code blocking})
 * @param loneMisses   pairs below those, kept for the review queue only: the closest a record no link joins came
 *                     to a business (see LoneRecordMisses)
 * @param entityOf     entity id of each record index
 * @param stageMillis  wall time of each stage in milliseconds, in pipeline order
 * @param rescored     pairs compared and scored in this run (all candidates unless incremental)
 */
public record LinkageOutcome(List<StdRecord> records, BlockingResult blocking, Scorer scorer, List<Double> emDeltas,
                             ScoredPairs pairs, ScoredPairs loneMisses, long[] entityOf, int refusedLinks, List<Association> associations,
                             Map<String, Long> stageMillis, long rescored) {
}
