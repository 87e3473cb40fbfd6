package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.Verdict;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.ExplanationFormatter;
import org.crosscheck.linkage.LinkRunSummary;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.evaluate.PairwiseEvaluation;
import org.crosscheck.review.QueuedPair;
import org.crosscheck.review.ReviewService;
import org.crosscheck.sampledata.SampleFile;
import org.crosscheck.sampledata.SamplePartnership;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;

/**
 * What review buys: links the sample partnership, then lets a "truth reviewer" answer the review queue from the
 * ground truth, in queue order, up to a budget of a share of the candidate pairs, and links again so the
 * decisions override the model. Reports pairwise F1 before and after.
 */
public final class TruthReviewBenchmark {
    private TruthReviewBenchmark() {
    }

    /**
     * The outcome of one benchmark.
     *
     * @param candidatePairs candidate pairs of the first run
     * @param reviewBand     pairs in the first run's review band
     * @param queued         pairs in the first run's whole queue (band and the checks beyond it)
     * @param reviewed       pairs answered by the truth reviewer
     * @param before         evaluation before any review
     * @param after          evaluation after the decisions and a relink
     * @param learnt         what "learn from my decisions" then did
     * @param afterLearning  evaluation after learning from the decisions
     * @param movedRightly   of the pairs learning moved out of the review band, those moved the way the truth says
     *                       (linked and truly one business, or rejected and truly two)
     */
    public record Result(int records, long candidatePairs, int reviewBand, int queued, int reviewed, int rounds,
                         PairwiseEvaluation before, PairwiseEvaluation after,
                         org.crosscheck.linkage.LearnSummary learnt, PairwiseEvaluation afterLearning,
                         int movedRightly) {

        /** Reviewed pairs as a share of the candidate pairs, 0..1. */
        public double reviewedShare() {
            return candidatePairs == 0 ? 0 : reviewed / (double) candidatePairs;
        }
    }

    /**
     * Runs the benchmark in a fresh workspace under {@code dir}.
     *
     * @param budgetShare most pairs to review, as a share 0..1 of the first run's candidate pairs
     * @param rounds      review-and-relink rounds the budget is spread over (1: answer one queue, then relink)
     */
    public static Result samplePartnership(Path dir, double budgetShare, int rounds) {
        return samplePartnership(dir, budgetShare, rounds, LinkageSettings.defaults());
    }

    /** As {@link #samplePartnership(Path, double, int)}, linking with the given settings. */
    public static Result samplePartnership(Path dir, double budgetShare, int rounds, LinkageSettings settings) {
        try {
            Path data = dir.resolve("sample");
            Files.createDirectories(data);
            List<SampleFile> files = SamplePartnership.writeDefault(data);
            try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
                new SampleWorkspaceLoader(new ImportService(ws)).load(data, files, ProgressSink.NONE);
                LinkageService linkage = new LinkageService(ws, "benchmark");
                LinkRunSummary first = linkage.link(settings, false, ProgressSink.NONE);
                Map<Long, String> truth = truth(ws, data);
                PairwiseEvaluation before = evaluate(ws, truth);
                ReviewService review = new ReviewService(ws, new ExplanationFormatter());
                int budget = (int) Math.floor(first.candidatePairs() * budgetShare);
                int reviewed = 0;
                int bandSize = -1;
                int queued = 0;
                for (int round = 0; round < rounds && reviewed < budget; round++) {
                    List<QueuedPair> queue = review.queue();
                    if (bandSize < 0) {
                        bandSize = (int) queue.stream()
                                .filter(q -> q.reason() == QueuedPair.Reason.REVIEW_BAND).count();
                        queued = queue.size();
                    }
                    var decided = review.latestVerdicts();
                    int roundBudget = Math.min(budget - reviewed,
                            (int) Math.ceil((budget - reviewed) / (double) (rounds - round)));
                    int inRound = 0;
                    for (QueuedPair q : queue) {
                        if (inRound >= roundBudget) {
                            break;
                        }
                        if (decided.containsKey(q.key()) && q.reason() != QueuedPair.Reason.CHANGED_SINCE_DECIDED) {
                            continue;
                        }
                        String a = truth.get(q.pair().leftRecordId());
                        String b = truth.get(q.pair().rightRecordId());
                        Verdict v = a != null && a.equals(b) ? Verdict.SAME : Verdict.DIFFERENT;
                        review.decide(q.pair().leftRecordId(), q.pair().rightRecordId(), v, "truth", null);
                        inRound++;
                    }
                    reviewed += inRound;
                    linkage.link(settings, false, ProgressSink.NONE);
                    if (inRound == 0) {
                        break;
                    }
                }
                PairwiseEvaluation after = evaluate(ws, truth);
                var waiting = new java.util.HashSet<String>();
                var verdicts = review.latestVerdicts();
                for (QueuedPair q : review.queue()) {
                    if (q.reason() == QueuedPair.Reason.REVIEW_BAND && !verdicts.containsKey(q.key())) {
                        waiting.add(q.pair().leftRecordId() + ":" + q.pair().rightRecordId());
                    }
                }
                var learnt = linkage.learnFromDecisions(settings, ProgressSink.NONE);
                var stillWaiting = new java.util.HashSet<String>();
                ws.linkage().pairsInBand(org.crosscheck.domain.MatchBand.REVIEW)
                        .forEach(p -> stillWaiting.add(p.leftRecordId() + ":" + p.rightRecordId()));
                var linked = new java.util.HashSet<String>();
                ws.linkage().pairsInBand(org.crosscheck.domain.MatchBand.MATCH)
                        .forEach(p -> linked.add(p.leftRecordId() + ":" + p.rightRecordId()));
                int movedRightly = 0;
                for (String k : waiting) {
                    if (!stillWaiting.contains(k)) {
                        String[] ids = k.split(":");
                        String a = truth.get(Long.parseLong(ids[0]));
                        boolean same = a != null && a.equals(truth.get(Long.parseLong(ids[1])));
                        movedRightly += same == linked.contains(k) ? 1 : 0;
                    }
                }
                return new Result(first.records(), first.candidatePairs(), Math.max(bandSize, 0), queued, reviewed,
                        rounds, before, after, learnt, evaluate(ws, truth), movedRightly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<Long, String> truth(Workspace ws, Path data) throws IOException {
        Map<String, String> byLocation = SampleTruth.businessByLocation(data);
        Map<Long, String> truth = new HashMap<>();
        ws.linkage().recordLocations().forEach((id, location) -> {
            String business = byLocation.get(location);
            if (business != null) {
                truth.put(id, business);
            }
        });
        return truth;
    }

    private static PairwiseEvaluation evaluate(Workspace ws, Map<Long, String> truth) {
        return PairwiseEvaluation.of(ws.linkage().currentEntities(), truth, (a, b) -> true);
    }
}
