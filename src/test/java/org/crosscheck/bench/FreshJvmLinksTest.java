package org.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreshJvmLinksTest {
    private static final String CHILD_TABLE = """
            Machine: Linux, 2 cores, Java 17.0.15, max heap 4096 MB; records generated in memory, nothing stored

            | businesses | records | candidate pairs | standardise | block | compare | train | score | cluster | engine s | engine CPU s |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            | 2,100 | 3,539 | 50,320 | 0.44 | 0.05 | 0.07 | 0.25 | 0.06 | 0.04 | 0.91 | 1.80 |
            """;

    @Test
    void theEngineTimeIsReadFromTheChildsRowForTheArea() {
        assertEquals(0.91, FreshJvmLinks.engineSeconds(2100, CHILD_TABLE, 1));
    }

    @Test
    void aChildThatPrintedNoRowIsAnErrorNotAZero() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FreshJvmLinks.engineSeconds(6100, CHILD_TABLE, 3));
        assertTrue(e.getMessage().contains("Fresh JVM 3"), e.getMessage());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        FreshJvmLinks.Summary s = new FreshJvmLinks.Summary(2100, List.of(1.0, 0.8, 0.9, 1.2));

        assertEquals(0.95, s.median(), 1e-12);
        assertEquals(0.8, s.fastest());
        assertEquals(1.2, s.slowest());
    }

    @Test
    void theChildrenTakeTheHeapAndFlagsButNotADebuggerOrARecording() {
        assertEquals(List.of("-Xmx4g", "-XX:TieredStopAtLevel=1", "-Dx=1"), FreshJvmLinks.forwardedOptions(List.of(
                "-Xmx4g", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-XX:TieredStopAtLevel=1",
                "-XX:StartFlightRecording=filename=a.jfr", "-javaagent:x.jar", "-Dx=1")));
    }

    @Test
    void aFreshJvmLinksASmallAreaAndReportsItsTime() {
        FreshJvmLinks.Summary s = FreshJvmLinks.run(100, 1);

        assertEquals(1, s.seconds().size());
        assertTrue(s.seconds().get(0) > 0 && s.seconds().get(0) < 60, () -> "engine s " + s.seconds());
    }
}
