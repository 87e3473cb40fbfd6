package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.bench.JvmMeasures;
import org.crosscheck.sampledata.BigXlsxWriter;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench import}: the performance benchmark. Writes a large synthetic agency workbook, imports it
 * into a fresh workspace in a temporary folder, and prints one table row per run with wall time and peak heap.
 */
@Command(name = "bench", description = {"Runs a benchmark and prints a table.",
    "  import   : import of a ROWS x COLUMNS .xlsx (run with java -Xmx512m)",
    "  accuracy : pairwise precision/recall/F1 on the sample partnership and Fodors-Zagat",
    "  link     : whole linkage pipeline on synthetic partnerships of several sizes (run with java -Xmx4g)",
    "  review   : F1 before and after a reviewer answering the queue from the sample's ground truth",
    "  review-queue : time from a decision to the next pair on screen, with a queue of --pairs pairs"})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "Benchmark to run: import, accuracy, link, review or review-queue.")
    String what;
    @Option(names = "--rows", defaultValue = "200000", description = "Rows of the workbook (default: 200000).")
    int rows;
    @Option(names = "--columns", defaultValue = "15", description = "Columns of the workbook (default: 15).")
    int columns;
    @Option(names = "--runs", defaultValue = "1", description = "Repetitions (default: 1); with link --in-memory, the first link of each size is in a JVM not yet warmed up, the rest warm.")
    int runs;
    @Option(names = "--in-memory", description = "With link: generate the records in memory and time the engine "
            + "alone (for a million records, whose files would take longer to write and import than to link).")
    boolean inMemory;
    @Option(names = "--fresh-jvms", defaultValue = "0", description = "With link --in-memory: also link the first "
            + "size in this many fresh JVMs, one link each, and print their median, fastest and slowest (default: 0).")
    int freshJvms;
    @Option(names = "--businesses", defaultValue = "2100,6000,60000",
            description = "Link benchmark sizes in true businesses, comma-separated (default: ${DEFAULT-VALUE}).")
    String businessCounts;
    @Option(names = "--share", defaultValue = "0.05",
            description = "Review benchmark: most pairs to review, as a share of candidate pairs (default: 0.05).")
    double share;
    @Option(names = "--rounds", defaultValue = "3",
            description = "Review benchmark: review-then-relink rounds the budget is spread over (default: 3).")
    int rounds;
    @Option(names = "--pairs", defaultValue = "100000",
            description = "Review-queue benchmark: pairs in the queue (default: ${DEFAULT-VALUE}).")
    int pairs;
    @Option(names = "--decisions", defaultValue = "300",
            description = "Review-queue benchmark: decisions to time (default: ${DEFAULT-VALUE}).")
    int decisions;
    @Option(names = "--benchmarks", defaultValue = "../shared/benchmarks",
            description = "Folder of public benchmark data (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

    @Override
    public void run() {
        if ("accuracy".equals(what)) {
            runAccuracy();
            return;
        }
        if ("link".equals(what)) {
            runLink();
            return;
        }
        if ("review-queue".equals(what)) {
            runReviewQueue();
            return;
        }
        if ("review".equals(what)) {
            runReview();
            return;
        }
        if (!"import".equals(what)) {
            throw new WorkbenchException("Unknown benchmark '" + what
                    + "'. Available: import, accuracy, link, review, review-queue.");
        }
        PrintWriter out = spec.commandLine().getOut();
        inTemporaryFolder("crosscheck-bench", dir -> {
            Path file = dir.resolve("bench-" + rows + "x" + columns + ".xlsx");
            long t0 = System.nanoTime();
            BigXlsxWriter.write(file, rows, columns, 42L);
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("Machine: %s, %d cores, Java %s, max heap %d MB%n", System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("Workbook written in %.1f s (%,d bytes)%n%n", writeSeconds, Files.size(file));
            out.println("| benchmark | rows | columns | records imported | wall s | rows/s | peak heap MB |");
            out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (int run = 1; run <= runs; run++) {
                Path wsDir = dir.resolve("ws" + run);
                System.gc();
                JvmMeasures.resetPeaks();
                long start = System.nanoTime();
                ImportResult result;
                try (Workspace ws = Workspace.open(wsDir)) {
                    result = new ImportService(ws).importFile(
                            ImportRequest.of(file, "Benchmark", AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("| import xlsx (run %d) | %,d | %d | %,d | %.2f | %,.0f | %d |%n", run, rows, columns,
                        result.batch().rowsImported(), seconds, rows / seconds, JvmMeasures.peakHeapMb());
                out.flush();
            }
        });
    }

    private void runLink() {
        if (inMemory) {
            runLinkInMemory();
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        inTemporaryFolder("crosscheck-link-bench", dir -> {
            out.printf("Machine: %s, %d cores, Java %s, max heap %d MB%n%n", System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.println("| businesses | records | candidate pairs | pairs compared | standardise | block | compare "
                    + "| train | score | cluster | engine s | load+save s | peak heap MB |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int businesses : sizes()) {
                Path data = dir.resolve("data-" + businesses);
                Files.createDirectories(data);
                var files = org.crosscheck.sampledata.SamplePartnership.write(data, businesses, 42L);
                try (Workspace ws = Workspace.open(dir.resolve("ws-" + businesses))) {
                    new org.crosscheck.sampledata.SampleWorkspaceLoader(new ImportService(ws)).load(data, files,
                            ProgressSink.NONE);
                    // "incremental": a relink with nothing changed, reusing the model and the stored comparisons
                    for (String run : new String[] {"first", "again", "incremental"}) {
                        System.gc();
                        JvmMeasures.resetPeaks();
                        var s = new org.crosscheck.linkage.LinkageService(ws, "benchmark").link(
                                org.crosscheck.linkage.LinkageSettings.defaults(), run.equals("incremental"),
                                ProgressSink.NONE);
                        var ms = s.stageMillis();
                        long engine = ms.get("standardise") + ms.get("block") + ms.get("compare") + ms.get("train")
                                + ms.get("score") + ms.get("cluster");
                        out.printf("| %,d (%s) | %,d | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f "
                                        + "| %.2f | %d |%n", businesses, run, s.records(), s.candidatePairs(),
                                s.rescoredPairs(), ms.get("standardise") / 1e3, ms.get("block") / 1e3,
                                ms.get("compare") / 1e3, ms.get("train") / 1e3, ms.get("score") / 1e3,
                                ms.get("cluster") / 1e3, engine / 1e3, (ms.get("load") + ms.get("save")) / 1e3,
                                JvmMeasures.peakHeapMb());
                        out.flush();
                    }
                }
            }
        });
    }

    /** The --businesses sizes; a synthetic area needs 100 businesses at least, to hold its shared sites. */
    private int[] sizes() {
        try {
            int[] sizes = java.util.Arrays.stream(businessCounts.split(",")).mapToInt(x -> Integer.parseInt(x.trim()))
                    .toArray();
            for (int size : sizes) {
                if (size < 100) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--businesses: each size must be 100 or more, was " + size);
                }
            }
            return sizes;
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--businesses: sizes must be whole numbers separated by commas, was '" + businessCounts + "'");
        }
    }

    private void runLinkInMemory() {
        int[] sizes = sizes();
        PrintWriter out = spec.commandLine().getOut();
        new org.crosscheck.bench.InMemoryLinkBenchmark(out).run(sizes, runs);
        if (freshJvms > 0) {
            var fresh = org.crosscheck.bench.FreshJvmLinks.run(sizes[0], freshJvms);
            out.printf("%nFirst link of %,d businesses in %d fresh JVMs, one each (engine s): median %.2f, fastest "
                    + "%.2f, slowest %.2f; in the order run: %s%n", sizes[0], freshJvms, fresh.median(),
                    fresh.fastest(), fresh.slowest(), fresh.seconds().stream()
                            .map(v -> String.format("%.2f", v)).collect(java.util.stream.Collectors.joining(", ")));
            out.flush();
        }
    }

    private void runReviewQueue() {
        PrintWriter out = spec.commandLine().getOut();
        inTemporaryFolder("crosscheck-queue-bench", dir -> {
            var r = org.crosscheck.bench.ReviewQueueBenchmark.run(dir, pairs, decisions);
            out.println("| records | queued pairs | queue load ms | decisions | next pair median ms | p95 ms | max ms "
                    + "| of which saving the decision: median ms | p95 ms |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.printf("| %,d | %,d | %.0f | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.records(), r.queued(),
                    r.queueLoadMillis(), r.decisions(), r.medianMillis(), r.p95Millis(), r.maxMillis(),
                    r.saveMedianMillis(), r.saveP95Millis());
            out.flush();
        });
    }

    private void runReview() {
        PrintWriter out = spec.commandLine().getOut();
        inTemporaryFolder("crosscheck-review-bench", dir -> {
            var r = org.crosscheck.bench.TruthReviewBenchmark.samplePartnership(dir, share, rounds);
            out.println("| dataset | records | candidate pairs | review band | queue | pairs reviewed | % of candidates "
                    + "| rounds | F1 before | F1 after | precision after | recall after |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.printf("| sample partnership | %,d | %,d | %,d | %,d | %,d | %.2f%% | %d | %.4f | %.4f | %.4f | %.4f |%n",
                    r.records(), r.candidatePairs(), r.reviewBand(), r.queued(), r.reviewed(), r.reviewedShare() * 100,
                    r.rounds(), r.before().f1(), r.after().f1(), r.after().precision(), r.after().recall());
            out.println("before: " + r.before());
            out.println("after:  " + r.after());
            var l = r.learnt();
            out.printf("then learn from my decisions (m from %,d pairs decided same): %,d of %,d undecided review "
                    + "pairs left the band (%,d linked, %,d rejected; %,d of them as the truth says)%n",
                    l.labelledSame(), l.leftReview(), l.reviewBefore(), l.nowLinked(), l.nowRejected(),
                    r.movedRightly());
            out.println("after learning: " + r.afterLearning());
            out.flush();
        });
    }

    private void runAccuracy() {
        PrintWriter out = spec.commandLine().getOut();
        inTemporaryFolder("crosscheck-accuracy", dir -> {
            out.println("| dataset | records | candidate pairs | precision | recall | F1 | link s |");
            out.println("|---|---:|---:|---:|---:|---:|---:|");
            print(out, org.crosscheck.bench.AccuracyBenchmark.samplePartnership(dir.resolve("sample")));
            Path fz = benchmarks.resolve("fodors-zagat");
            if (Files.isDirectory(fz)) {
                print(out, org.crosscheck.bench.AccuracyBenchmark.fodorsZagat(fz, dir));
            } else {
                out.println("(Fodors-Zagat skipped: " + fz + " not found; pass --benchmarks DIR)");
            }
        });
    }

    /** Work that writes its files in a temporary folder. */
    private interface FolderWork {
        void run(Path dir) throws IOException;
    }

    /** Runs {@code work} in a new temporary folder, deleted afterwards whatever happens. */
    private static void inTemporaryFolder(String prefix, FolderWork work) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(prefix);
            work.run(dir);
        } catch (IOException e) {
            throw new WorkbenchException("The benchmark could not write its files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void print(PrintWriter out, org.crosscheck.bench.AccuracyBenchmark.Result r) {
        out.printf("| %s | %,d | %,d | %.4f | %.4f | %.4f | %.2f |%n", r.dataset(), r.records(),
                r.run().candidatePairs(), r.evaluation().precision(), r.evaluation().recall(), r.evaluation().f1(),
                r.run().totalMillis() / 1000.0);
        out.flush();
    }

    /** CPU time of the whole process (every thread, the collector's too), or 0 where the platform cannot say. */
    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
