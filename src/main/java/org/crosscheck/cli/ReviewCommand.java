package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.Verdict;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.export.CsvCells;
import org.crosscheck.linkage.ExplanationFormatter;
import org.crosscheck.review.ReviewItem;
import org.crosscheck.review.QueuedPair;
import org.crosscheck.review.ReviewService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck review list|decide|history}: the Review screen from the command line. */
@Command(name = "review", description = {"Reviews uncertain pairs.",
    "  list                         : the review queue, in the order the screen shows it",
    "  decide LEFT RIGHT VERDICT    : records same | different | unsure | retract on two record ids",
    "  history [--out F.csv]        : every decision: who, when, what, note"})
final class ReviewCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, decide or history")
    String action;
    @Parameters(index = "1..*", paramLabel = "ARGS", arity = "0..3")
    List<String> args = List.of();
    @Option(names = "--limit", defaultValue = "20", description = "Pairs listed (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--note", description = "Note saved with the decision.")
    String note;
    @Option(names = "--reviewer", description = "Name recorded with the decision (default: the analyst name in "
            + "Preferences, at first the system user).")
    String reviewer = org.crosscheck.settings.SettingsStore.inAppData().load().analystName();
    @Option(names = "--out", paramLabel = "FILE.csv", description = "With history: write it as CSV.")
    Path out;

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            ReviewService review = new ReviewService(ws, new ExplanationFormatter());
            switch (action) {
                case "list" -> list(review, printer);
                case "decide" -> decide(review, printer);
                case "history" -> history(review, printer);
                default -> throw new WorkbenchException("Unknown review action '" + action
                        + "'. Use list, decide or history.");
            }
        }
    }

    static String words(QueuedPair.Reason reason) {
        return switch (reason) {
            case CHANGED_SINCE_DECIDED -> "changed since decided";
            case REVIEW_BAND -> "review band";
            case KEPT_APART -> "match kept apart";
            case AUTO_LINK -> "automatic link to check";
            case NEAR_MISS -> "near miss";
        };
    }

    private void list(ReviewService review, PrintWriter printer) {
        List<QueuedPair> queue = review.queue();
        java.util.Map<QueuedPair.Reason, Long> byReason = new java.util.EnumMap<>(QueuedPair.Reason.class);
        queue.forEach(q -> byReason.merge(q.reason(), 1L, Long::sum));
        printer.printf("%,d pairs in the queue: %,d changed since decided, %,d in the review band, %,d automatic links "
                + "to check, %,d near misses%n", queue.size(),
                byReason.getOrDefault(QueuedPair.Reason.CHANGED_SINCE_DECIDED, 0L), byReason.getOrDefault(QueuedPair.Reason.REVIEW_BAND, 0L),
                byReason.getOrDefault(QueuedPair.Reason.AUTO_LINK, 0L) + byReason.getOrDefault(QueuedPair.Reason.KEPT_APART, 0L),
                byReason.getOrDefault(QueuedPair.Reason.NEAR_MISS, 0L));
        for (var queued : queue.subList(0, Math.min(limit, queue.size()))) {
            PairScore p = queued.pair();
            ReviewItem item = review.item(p);
            printer.printf("%d %d  %3.0f%%  %s (%s)  <->  %s (%s)  [%s]%n", p.leftRecordId(), p.rightRecordId(),
                    p.probability() * 100, label(item.left().values()), item.left().sourceName(),
                    label(item.right().values()), item.right().sourceName(), words(queued.reason()));
            printer.printf("        %s%n", org.crosscheck.review.PairSentence.of(item.parts(), p.probability()));
            for (PairExplainer.Part part : item.parts()) {
                if (part.bits() != 0) {
                    printer.printf("        %+6.1f bits  %s%n", part.bits(), part.words());
                }
            }
        }
    }

    private static String label(java.util.Map<org.crosscheck.domain.CanonicalField, String> v) {
        String name = v.getOrDefault(org.crosscheck.domain.CanonicalField.BUSINESS_NAME,
                v.getOrDefault(org.crosscheck.domain.CanonicalField.TRADING_NAME,
                        v.getOrDefault(org.crosscheck.domain.CanonicalField.LEGAL_NAME, "(no name)")));
        String where = v.getOrDefault(org.crosscheck.domain.CanonicalField.POSTCODE, "");
        return name + (where.isEmpty() ? "" : ", " + where);
    }

    private void decide(ReviewService review, PrintWriter printer) {
        if (args.size() != 3) {
            throw new WorkbenchException("Usage: crosscheck review decide LEFT_ID RIGHT_ID same|different|unsure|retract");
        }
        Verdict verdict = switch (args.get(2).toLowerCase()) {
            case "same", "match" -> Verdict.SAME;
            case "different", "not-a-match" -> Verdict.DIFFERENT;
            case "unsure" -> Verdict.UNSURE;
            case "retract", "undo" -> Verdict.RETRACTED;
            default -> throw new WorkbenchException("Unknown verdict '" + args.get(2)
                    + "'. Use same, different, unsure or retract.");
        };
        Decision d = review.decide(parseId(args.get(0)), parseId(args.get(1)), verdict, reviewer, note);
        printer.printf("Decision %d recorded: %s by %s. It applies from the next link.%n", d.id(), d.verdict(),
                d.reviewer());
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new WorkbenchException("'" + text + "' is not a record id (a whole number).", e);
        }
    }

    /** "split out" or "merge" for a decision made in the Businesses screen. */
    private static String action(Decision d) {
        return d.action() == Decision.Action.SPLIT ? "split out" : "merge";
    }

    private void history(ReviewService review, PrintWriter printer) {
        List<Decision> decisions = review.history();
        if (out == null) {
            decisions.forEach(d -> printer.printf("%d  %s  %-9s %-6s %s%s  %s|%s ~ %s|%s%s%n", d.id(), d.decidedAt(),
                    d.verdict(), d.origin(), d.reviewer(), d.action() == null ? "" : " (" + action(d) + ")",
                    d.leftSourceId(), d.leftRecordKey(), d.rightSourceId(), d.rightRecordKey(),
                    d.note() == null ? "" : "  \"" + d.note() + "\""));
            return;
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("id", "decided_at", "verdict",
                     "origin", "reviewer", "left_source", "left_key", "right_source", "right_key", "action", "note").get())) {
            for (Decision d : decisions) {
                csv.printRecord(d.id(), d.decidedAt(), d.verdict(), d.origin(), CsvCells.safe(d.reviewer()),
                        d.leftSourceId(), CsvCells.safe(d.leftRecordKey()), d.rightSourceId(),
                        CsvCells.safe(d.rightRecordKey()), d.action() == null ? "" : action(d),
                        CsvCells.safe(d.note()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new WorkbenchException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        printer.printf("Wrote %,d decisions to %s%n", decisions.size(), out);
    }
}
