package org.crosscheck.bench;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.LinkageEngine;
import org.crosscheck.linkage.LinkageOutcome;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.PriorState;
import org.crosscheck.linkage.evaluate.PairwiseEvaluation;
import org.crosscheck.sampledata.SampleRecords;

/**
 * The linkage engine alone (standardise to cluster) on synthetic partnerships generated straight into memory, at
 * sizes whose files would take longer to write and import than to link (a million records). Nothing is stored.
 * Each run is scored against the generator's truth, so speed is never bought with accuracy unseen.
 */
public final class InMemoryLinkBenchmark {
    private final PrintWriter out;

    public InMemoryLinkBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * Prints one table row per size and run, then the candidate pairs per blocking rule and a digest of each
     * size's results (to show a speed change left them as they were).
     *
     * @param businessCounts true businesses of each synthetic area
     * @param runs           links of each area; the first is a desktop session's first, in a JVM not warmed up
     */
    public void run(int[] businessCounts, int runs) {
        out.printf("Machine: %s, %d cores, Java %s, max heap %d MB; records generated in memory, nothing stored%n%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println("| businesses | records | candidate pairs | standardise | block | compare | train | score "
                + "| cluster | engine s | engine CPU s | peak heap MB | precision | recall |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StringBuilder perRule = new StringBuilder();
        StringBuilder digests = new StringBuilder();
        for (int businesses : businessCounts) {
            SampleRecords.WithTruth generated = SampleRecords.generateWithTruth(businesses, 42L);
            LinkageOutcome last = null;
            for (int run = 1; run <= runs; run++) {
                last = linkOnce(generated, String.format(runs == 1 ? "%,d" : "%,d (run %d)", businesses, run));
            }
            digests.append(String.format("%,d businesses: %s%n", businesses,
                    OutcomeDigest.of(last, LinkageSettings.defaults())));
            perRule.append(String.format("%,d businesses:", businesses));
            last.blocking().perRule().forEach(r -> perRule.append(String.format(" %s %,d;", r.rule(), r.pairs())));
            perRule.append('\n');
        }
        out.println();
        out.print("Candidate pairs per blocking rule, before removing pairs found by several rules:\n" + perRule);
        out.print("Results (to show a change left them as they were):\n" + digests);
        out.flush();
    }

    private LinkageOutcome linkOnce(SampleRecords.WithTruth generated, String label) {
        System.gc();
        JvmMeasures.resetPeaks();
        long cpu = JvmMeasures.processCpuNanos();
        LinkageOutcome outcome = new LinkageEngine().run(generated.records(), LinkageSettings.defaults(),
                PriorState.none(), ProgressSink.NONE);
        // CPU time of all threads alongside the wall time: on a machine shared with other work, the wall time says
        // what the other work left, the CPU time what the engine itself took
        cpu = JvmMeasures.processCpuNanos() - cpu;
        Map<String, Long> ms = outcome.stageMillis();
        long engine = ms.values().stream().mapToLong(Long::longValue).sum();
        PairwiseEvaluation accuracy = PairwiseEvaluation.ofAllPairs(entityByRecord(outcome), generated.businessOf());
        out.printf("| %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %.4f | %.4f |%n",
                label, generated.records().size(), outcome.blocking().candidateCount(), ms.get("standardise") / 1e3,
                ms.get("block") / 1e3, ms.get("compare") / 1e3, ms.get("train") / 1e3, ms.get("score") / 1e3,
                ms.get("cluster") / 1e3, engine / 1e3, cpu / 1e9, JvmMeasures.peakHeapMb(), accuracy.precision(),
                accuracy.recall());
        out.flush();
        return outcome;
    }

    private static Map<Long, Long> entityByRecord(LinkageOutcome outcome) {
        Map<Long, Long> entityOf = new HashMap<>();
        for (int i = 0; i < outcome.records().size(); i++) {
            entityOf.put(outcome.records().get(i).id(), outcome.entityOf()[i]);
        }
        return entityOf;
    }
}
