package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.linkage.LinkRunSummary;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.block.BlockingResult;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck link}: links every current record into businesses and prints the run's summary. */
@Command(name = "link", description = "Links the records of all sources into businesses.")
final class LinkCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--incremental", description = "Reuse the last run's model and stored comparisons: compare only "
            + "pairs of new or changed records, and pairs the last run did not store that links now reach.")
    boolean incremental;
    @Option(names = "--match", description = "Probability from which pairs link automatically (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.5")
    double match;
    @Option(names = "--review", description = "Probability from which pairs go to review (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.1")
    double review;

    @Option(names = "--learn", description = "Learn from my decisions: re-estimate m from the pairs decided "
            + "'same', link with it, and say how many review pairs left the review band.")
    boolean learn;

    @Option(names = "--show-model", description = "Also print the trained model: m, u and weight of every level.")
    boolean showModel;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        LinkageSettings settings = LinkageSettings.defaults().withThresholds(match, review);
        try (Workspace ws = root.openWorkspace()) {
            LinkageService linkage = new LinkageService(ws, VersionProvider.version());
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            if (learn && incremental) {
                throw new org.crosscheck.domain.WorkbenchException("--learn links in full; leave out --incremental.");
            }
            org.crosscheck.linkage.LearnSummary learnt = learn ? linkage.learnFromDecisions(settings, progress) : null;
            LinkRunSummary s = learn ? learnt.run() : linkage.link(settings, incremental, progress);
            print(out, s);
            new org.crosscheck.insight.PictureService(ws).snapshotLastRun();
            if (learnt != null) {
                out.printf("Learnt from %,d pairs decided 'same' (%,d decided 'different' are obeyed, not learnt "
                        + "from).%n", learnt.labelledSame(), learnt.labelledDifferent());
                out.printf("Of %,d undecided pairs in the review band before, %,d left it: %,d now linked, "
                        + "%,d now rejected.%n",
                        learnt.reviewBefore(), learnt.leftReview(), learnt.nowLinked(), learnt.nowRejected());
            }
            if (showModel) {
                ws.linkage().lastRun().ifPresent(r -> org.crosscheck.linkage.ModelReport
                        .lines(r.modelJson(), org.crosscheck.linkage.compare.Comparisons.standard()).forEach(out::println));
            }
        }
    }

    static void print(PrintWriter out, LinkRunSummary s) {
        out.printf("Linkage run %d%s: %,d records%n", s.runId(), s.incremental() ? " (incremental)" : "", s.records());
        out.println("Stage timings:");
        s.stageMillis().forEach((stage, ms) -> out.printf("  %-12s %,8d ms%n", stage, ms));
        out.printf("  %-12s %,8d ms%n", "total", s.totalMillis());
        out.println("Candidate pairs per blocking rule (before removing pairs found by several rules):");
        for (BlockingResult.RuleCount r : s.perRule()) {
            out.printf("  %-48s %,10d%s%n", r.rule(), r.pairs(), r.blocksSplit() == 0 ? ""
                    : String.format("  (%d oversized blocks split, %d parts skipped, largest %d records)",
                            r.blocksSplit(), r.blocksSkipped(), r.largestBlock()));
        }
        out.printf("Candidate pairs (distinct): %,d; compared in this run: %,d%n", s.candidatePairs(), s.rescoredPairs());
        out.printf("EM iterations: %d%n", s.emIterations());
        out.printf("Auto-links: %,d; review band: %,d; links refused by the chaining guard: %,d%n", s.autoLinks(),
                s.reviewPairs(), s.refusedLinks());
        out.printf("Businesses (entities): %,d; associations: %,d%n", s.entities(), s.associations());
        int[] a = s.businessesByAgencies();
        out.printf("Businesses known to 1 agency: %,d; 2: %,d; 3: %,d; 4+: %,d%n", a[0], a[1], a[2], a[3]);
    }
}
