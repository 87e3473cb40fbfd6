package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.review.BusinessProfile;
import org.crosscheck.review.EntityService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck entity show|split|merge}: the Businesses screen from the command line. */
@Command(name = "entity", description = {"Shows one business; splits a record out of it or merges two businesses.",
    "  show ENTITY            : every record of the business across agencies, and the decisions about them",
    "  split RECORD           : takes the record out of its business (saved as decisions), then relinks",
    "  merge ENTITY ENTITY    : joins two businesses (saved as a decision), then relinks"})
final class EntityCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "show, split or merge")
    String action;
    @Parameters(index = "1..*", paramLabel = "IDS", arity = "1..2")
    List<Long> ids = List.of();
    @Option(names = "--note", description = "Note saved with the decision.")
    String note;
    @Option(names = "--reviewer", description = "Name recorded with the decision (default: the system user).")
    String reviewer = System.getProperty("user.name", "analyst");

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            EntityService entities = new EntityService(ws, new org.crosscheck.linkage.ExplanationFormatter());
            switch (action) {
                case "show" -> show(entities.profile(arg(0)), out);
                case "split" -> {
                    long record = arg(0);
                    List<Decision> saved = entities.split(record, reviewer, note);
                    out.printf("Saved %d 'not the same business' decision%s for record %d.%n", saved.size(),
                            saved.size() == 1 ? "" : "s", record);
                    relink(ws);
                    out.printf("Record %d is now in business #%d.%n", record, entities.entityOf(record));
                }
                case "merge" -> {
                    long a = arg(0);
                    long b = arg(1);
                    Decision d = entities.merge(a, b, reviewer, note);
                    out.printf("Saved 'same business' decision %d joining business #%d and #%d.%n", d.id(), a, b);
                    long record = ws.records().idOf(d.leftSourceId(), d.leftRecordKey());
                    relink(ws);
                    long other = ws.records().idOf(d.rightSourceId(), d.rightRecordKey());
                    Long ea = entities.entityOf(record);
                    out.println(ea != null && ea.equals(entities.entityOf(other))
                            ? "They are now one business: #" + ea + "."
                            : "They are still apart: an earlier 'not the same business' decision keeps them so.");
                }
                default -> throw new WorkbenchException("Unknown entity action '" + action
                        + "'. Use show, split or merge.");
            }
        }
    }

    private long arg(int i) {
        if (ids.size() <= i) {
            throw new WorkbenchException("'entity " + action + "' needs " + (action.equals("merge")
                    ? "two business ids" : action.equals("split") ? "a record id" : "a business id") + ".");
        }
        return ids.get(i);
    }

    private static void relink(Workspace ws) {
        LinkageService linkage = new LinkageService(ws, VersionProvider.version());
        linkage.link(linkage.lastSettings(), true, ProgressSink.NONE);
    }

    static void show(BusinessProfile p, PrintWriter out) {
        out.printf("Business #%d: %d records from %d agencies%n", p.entityId(), p.records().size(), p.agencies());
        for (RecordDetail r : p.records()) {
            var v = r.values();
            out.printf("  record %d  %-40s  %s | %s | %s | %s%n", r.id(), r.sourceName(),
                    first(v.get(CanonicalField.BUSINESS_NAME), v.get(CanonicalField.TRADING_NAME),
                            v.get(CanonicalField.LEGAL_NAME)),
                    first(v.get(CanonicalField.ADDRESS), v.get(CanonicalField.STREET)),
                    first(v.get(CanonicalField.POSTCODE)), first(v.get(CanonicalField.PHONE)));
            if (!p.reasonFor(r.id()).isEmpty()) {
                out.printf("      why: %s%n", p.reasonFor(r.id()));
            }
        }
        p.associations().forEach(a -> out.printf("  shares %s (%s) with business #%d%n", a.kind(), a.value(),
                a.entityA() == p.entityId() ? a.entityB() : a.entityA()));
        if (!p.decisions().isEmpty()) {
            out.println("Decisions about its records:");
            p.decisions().forEach(d -> out.printf("  %s  %-9s %s%s by %s  %s|%s ~ %s|%s%s%n", d.decidedAt(),
                    d.verdict(), d.action() == null ? "" : "(" + d.action().name().toLowerCase() + ") ", "",
                    d.reviewer(), d.leftSourceId(), d.leftRecordKey(), d.rightSourceId(), d.rightRecordKey(),
                    d.note() == null ? "" : "  \"" + d.note() + "\""));
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "-";
    }
}
