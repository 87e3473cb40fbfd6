package org.crosscheck.durability;

import java.nio.file.Path;
import org.crosscheck.storage.Workspace;

/** A child-process main that opens a workspace, says so, and holds it until killed (another running instance). */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            ws.sources().listSummaries();
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
