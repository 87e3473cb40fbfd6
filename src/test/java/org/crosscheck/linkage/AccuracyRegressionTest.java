package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.bench.AccuracyBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy floors, measured as a user gets it (suggested mappings, default settings, no review). On Fodors-Zagat
 * the floor is issue 3's target, F1 ≥ 0.97 (measured 0.9911). On the sample partnership it is the same target
 * (measured F1 0.9708), with precision a little under where the engine stands (measured 0.9847): see the README's
 * accuracy table.
 */
class AccuracyRegressionTest {
    private static final Path FODORS_ZAGAT = Path.of("..", "shared", "benchmarks", "fodors-zagat");

    @TempDir
    Path dir;

    @Test
    void samplePartnershipF1StaysAboveItsFloor() {
        AccuracyBenchmark.Result r = AccuracyBenchmark.samplePartnership(dir);
        assertTrue(r.evaluation().f1() >= 0.97, r.evaluation().toString());
        assertTrue(r.evaluation().precision() >= 0.98, r.evaluation().toString());
    }

    @Test
    void fodorsZagatF1StaysAboveItsFloor() {
        assumeTrue(Files.isDirectory(FODORS_ZAGAT), "Fodors-Zagat benchmark not found at " + FODORS_ZAGAT.toAbsolutePath()
                + " (it lives in the shared folder beside the project); skipped");
        AccuracyBenchmark.Result r = AccuracyBenchmark.fodorsZagat(FODORS_ZAGAT, dir);
        assertTrue(r.evaluation().f1() >= 0.97, r.evaluation().toString());
    }
}
