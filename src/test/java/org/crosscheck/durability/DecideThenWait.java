package org.crosscheck.durability;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.Verdict;
import org.crosscheck.storage.Workspace;

/** A child-process main that saves one decision, says so at once, and waits to be killed. */
public final class DecideThenWait {
    private DecideThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        Workspace ws = Workspace.open(Path.of(args[0]));
        ws.linkage().appendDecision(new Decision(0, 1, "ref:A", 2, "ref:B", Verdict.SAME, Decision.Origin.HUMAN,
                "analyst", LocalDateTime.now(), "saved just before the crash"));
        System.out.println("DECIDED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
