package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.insight.NetworkGraph;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck network ENTITY}: businesses linked to one business by a shared mobile, contact or company. */
@Command(name = "network", description = "Lists the businesses linked to one business through shared mobiles, "
        + "contacts or company numbers.")
final class NetworkCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Business (entity) id, as 'businesses' lists it.")
    long entityId;
    @Option(names = "--depth", defaultValue = "2", description = "Links out from the business (default: 2).")
    int depth;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            NetworkGraph g = new PictureService(ws).network(entityId, depth);
            Map<Long, String> names = g.nodes().stream()
                    .collect(Collectors.toMap(NetworkGraph.Node::entityId, NetworkGraph.Node::label));
            out.printf("Network of %s (%d): %d businesses, %d links%s%n", names.get(entityId), entityId,
                    g.nodes().size(), g.edges().size(), g.truncated() ? " (more not shown)" : "");
            for (NetworkGraph.Node n : g.nodes()) {
                out.printf("  %sentity %d  %s  (%d agencies, %d with an interest)%n", "  ".repeat(n.depth()),
                        n.entityId(), n.label(), n.agencyCount(), n.interestCount());
            }
            for (NetworkGraph.Edge e : g.edges()) {
                out.printf("  %s — %s: same %s %s%n", names.get(e.from()), names.get(e.to()),
                        e.kind().toLowerCase(java.util.Locale.ROOT).replace("shared_", ""), e.value());
            }
        }
    }
}
