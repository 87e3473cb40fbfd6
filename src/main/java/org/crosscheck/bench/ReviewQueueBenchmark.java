package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.NewLinkRun;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.domain.Verdict;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.ExplanationFormatter;
import org.crosscheck.review.QueuedPair;
import org.crosscheck.review.ReviewItem;
import org.crosscheck.review.ReviewService;
import org.crosscheck.storage.Workspace;

/**
 * How long the next pair takes to appear after a decision, with a big queue: imports {@code 2 × pairs} synthetic
 * records, stores a run whose review band holds {@code pairs} pairs (records in businesses of three, so each pair
 * shows context), loads the queue once as the review screen does, then decides pairs one after another, timing
 * each decision's save (flushed to disk) plus the loading of the next pair in full.
 */
public final class ReviewQueueBenchmark {
    private ReviewQueueBenchmark() {
    }

    /** Timings in milliseconds. */
    public record Result(int records, int queued, double queueLoadMillis, int decisions, double medianMillis,
                         double p95Millis, double maxMillis, double saveMedianMillis, double saveP95Millis) {
    }

    public static Result run(Path dir, int pairs, int decisions) {
        try {
            Path csv = dir.resolve("queue-bench.csv");
            writeRecords(csv, 2 * pairs + 1);
            try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
                new ImportService(ws).importFile(ImportRequest.of(csv, "Queue benchmark", AgencyKind.FOOD_HYGIENE),
                        ProgressSink.NONE);
                List<StoredRecord> records = ws.linkage().currentRecords();
                storeRun(ws, records, pairs);
                ReviewService review = new ReviewService(ws, new ExplanationFormatter());
                long t0 = System.nanoTime();
                List<QueuedPair> queue = review.queue();
                double loadMillis = (System.nanoTime() - t0) / 1e6;
                int n = Math.min(decisions, queue.size() - 1);
                double[] millis = new double[n];
                double[] save = new double[n];
                ReviewItem shown = review.item(queue.get(0).pair());
                Verdict[] verdicts = {Verdict.SAME, Verdict.DIFFERENT, Verdict.UNSURE};
                for (int i = 0; i < n; i++) {
                    long start = System.nanoTime();
                    review.decide(shown, verdicts[i % verdicts.length], "benchmark", null);
                    save[i] = (System.nanoTime() - start) / 1e6;
                    shown = review.item(queue.get(i + 1).pair());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                Arrays.sort(save);
                return new Result(records.size(), queue.size(), loadMillis, n, percentile(millis, 0.5),
                        percentile(millis, 0.95), n == 0 ? 0 : millis[n - 1], percentile(save, 0.5),
                        percentile(save, 0.95));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void writeRecords(Path csv, int rows) throws IOException {
        Random random = new Random(7);
        String[] names = {"Golden Kebab", "Star Cafe", "Royal Nails", "Happy Wok", "Corner Shop", "Silver Tandoori"};
        String[] streets = {"High Street", "Church Road", "Station Road", "Mill Lane", "Victoria Street"};
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("FHRSID,Business Name,Address,Post Code,Tel\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.format("%d,%s %d,%d %s Brackford,BK%d %d%c%c,01632 %06d%n", 1_000_000 + i,
                        names[random.nextInt(names.length)], i, 1 + random.nextInt(200),
                        streets[random.nextInt(streets.length)], 1 + random.nextInt(9), random.nextInt(10),
                        (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26)), i));
            }
        }
    }

    /** A run whose review band is pairs of neighbouring records; records grouped into businesses of three. */
    private static void storeRun(Workspace ws, List<StoredRecord> records, int pairs) {
        Random random = new Random(11);
        List<PairScore> scored = new ArrayList<>(pairs);
        for (int k = 0; k < pairs; k++) {
            StoredRecord a = records.get(2 * k);
            StoredRecord b = records.get(2 * k + 1);
            double p = 0.1 + 0.4 * random.nextDouble();
            double weight = Math.log(p / (1 - p)) / Math.log(2);
            scored.add(new PairScore(a.id(), b.id(), 0, weight, p, MatchBand.REVIEW, false, false,
                    String.format(java.util.Locale.ROOT, "name:2:%+.2f;location:1:%+.2f;phone:0:+0.00",
                            -3.0 - random.nextDouble(), 4.0 + random.nextDouble())));
        }
        long[] ids = records.stream().mapToLong(StoredRecord::id).toArray();
        long[] entities = new long[ids.length];
        String[] hashes = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            entities[i] = 1 + i / 3;
            hashes[i] = records.get(i).contentHash();
        }
        ws.linkage().saveRun(new NewLinkRun(LocalDateTime.now(), 0, "benchmark", 1, false, "{}", "{}", "bench",
                pairs, 0, pairs, entities.length / 3 + 1, entities[entities.length - 1] + 1, "{}", scored, ids,
                entities, hashes, List.of()));
    }
}
