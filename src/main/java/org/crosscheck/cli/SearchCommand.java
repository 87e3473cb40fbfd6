package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.insight.BusinessSearch;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck search TEXT}: finds businesses across every source, typos forgiven. */
@Command(name = "search", description = "Finds businesses by name, address, postcode or phone, across every source.")
final class SearchCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for; typos are forgiven.")
    java.util.List<String> words;
    @Option(names = "--limit", defaultValue = "20", description = "Businesses listed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            var hits = new BusinessSearch(ws.records().summaries()).search(String.join(" ", words), limit);
            if (hits.isEmpty()) {
                out.println("No business found.");
            }
            for (BusinessSearch.Hit h : hits) {
                var r = h.record();
                out.printf("%s  %3.0f%%  %s, %s, %s  (%s; %d record%s)%n",
                        r.entityId() == null ? "record " + r.recordId() : "business #" + r.entityId(), h.score() * 100,
                        r.name() == null ? "(no name)" : r.name(), r.address() == null ? "-" : r.address(),
                        r.postcode() == null ? "-" : r.postcode(), r.sourceName(), h.records(),
                        h.records() == 1 ? "" : "s");
            }
        }
    }
}
