package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.OverlapMatrix;
import org.crosscheck.insight.PictureService;
import org.crosscheck.insight.PictureSummary;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck summary}: the evaluation's Table-1 figures for this workspace, the overlap, and the trend. */
@Command(name = "summary", description = "Prints the Table-1 figures, the agency-overlap matrix and the figures "
        + "after each link run.")
final class SummaryCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            PictureService picture = new PictureService(ws);
            List<BusinessProfile> profiles = picture.ranked();
            if (profiles.isEmpty()) {
                out.println("No linked businesses yet. Import the agencies' files, then run: crosscheck link");
                return;
            }
            picture.snapshotLastRun(profiles);
            PictureSummary s = picture.summary(profiles);
            out.println("Multi-agency picture (as the evaluation's Table 1)");
            out.printf("  %-52s %,9d%n", "Agency records compared", s.recordsCompared());
            out.printf("  %-52s %,9d%n", "Businesses they describe", s.businesses());
            out.printf("  %-52s %,9d%n", "Businesses known to 2 or more agencies", s.knownToTwo());
            out.printf("  %-52s %,9d  (%.1f%%)%n", "Businesses with an interest from 2 or more agencies",
                    s.interestTwo(), 100 * s.interestTwoShare());
            out.printf("  %-52s %,9d  (%.1f%%)%n", "Businesses with an interest from 3 or more agencies",
                    s.interestThree(), 100 * s.interestThreeShare());
            out.printf("  %-52s %9.1f s%n", "Time the last link took", s.linkMillis() / 1000.0);
            out.println("Businesses by number of agencies that know them:");
            for (int n = 1; n < s.knownByCount().size(); n++) {
                if (s.knownByCount().get(n) > 0) {
                    out.printf("  %2d agenc%-3s %,9d%n", n, n == 1 ? "y" : "ies", s.knownByCount().get(n));
                }
            }
            printOverlap(out, picture.overlap(profiles));
            printTrend(out, picture.trend());
        }
    }

    private static void printOverlap(PrintWriter out, OverlapMatrix m) {
        out.println("Agency overlap: businesses both agencies hold a record of (diagonal: businesses each holds)");
        out.printf("  %-28s", "");
        for (int j = 0; j < m.agencies().size(); j++) {
            out.printf(" %6s", "[" + (j + 1) + "]");
        }
        out.println();
        for (int i = 0; i < m.agencies().size(); i++) {
            AgencyKind a = m.agencies().get(i);
            out.printf("  [%d] %-24s", i + 1, a.label());
            for (int j = 0; j < m.agencies().size(); j++) {
                out.printf(" %,6d", m.counts()[i][j]);
            }
            out.println();
        }
    }

    private static void printTrend(PrintWriter out, List<PictureSnapshot> trend) {
        out.println("After each link run:");
        out.printf("  %4s  %-16s %9s %10s %8s %8s %8s %8s%n", "run", "when", "records", "businesses", "known2+",
                "int.2+", "int.3+", "link s");
        for (PictureSnapshot t : trend) {
            out.printf("  %4d  %-16s %,9d %,10d %,8d %,8d %,8d %8.1f%n", t.runId(),
                    t.takenAt().toString().replace('T', ' ').substring(0, 16), t.recordsCompared(), t.businesses(),
                    t.knownToTwo(), t.interestTwo(), t.interestThree(), t.linkMillis() / 1000.0);
        }
    }
}
