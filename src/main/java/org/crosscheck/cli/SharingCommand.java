package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.export.sharing.SharingService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck sharing list|set}: which recipients may see each source's records in full. */
@Command(name = "sharing", description = {"Data-sharing rules per source: who sees its records in full, who sees only",
    "'held by <agency>', and the gateway or agreement. Recipients: PARTNERSHIP_MEETING or an agency kind."})
final class SharingCommand {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "Every source's rule; with --recipient, what that recipient sees.")
    void list(@Option(names = "--recipient", paramLabel = "AGENCY") String recipient) {
        Recipient to = recipient == null ? null : Recipient.parse(recipient);
        try (Workspace ws = root.openWorkspace()) {
            PrintWriter out = spec.commandLine().getOut();
            for (SharingRule r : new SharingService(ws, Clock.systemDefaultZone()).rules()) {
                out.printf("%-32s %-26s default %-9s%s%n", r.sourceName(), r.sourceAgency().label(),
                        r.defaultLevel().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        r.isSaved() ? "  (set by " + r.updatedBy() + " " + r.updatedAt().withNano(0) + ")"
                                : "  (default)");
                if (!r.fullTo().isEmpty()) {
                    out.printf("    full to:      %s%n", String.join(", ", r.fullTo()));
                }
                if (!r.heldOnlyTo().isEmpty()) {
                    out.printf("    held only to: %s%n", String.join(", ", r.heldOnlyTo()));
                }
                out.printf("    gateway:      %s%n", r.gateway());
                if (to != null) {
                    out.printf("    %s sees:  %s%n", to.label(), r.levelFor(to) == SharingLevel.FULL
                            ? "full records" : "only that " + r.sourceAgency().label() + " holds a record");
                }
            }
        }
    }

    @Command(name = "set", description = "Changes one source's rule; options not given stay as they are.")
    void set(@Parameters(paramLabel = "SOURCE") String source,
             @Option(names = "--default", paramLabel = "full|held-only",
                     description = "What recipients not named below see.") String defaultLevel,
             @Option(names = "--full-to", paramLabel = "A,B", description = "Recipients who see the records in full "
                     + "('none' to clear).") String fullTo,
             @Option(names = "--held-only-to", paramLabel = "A,B", description = "Recipients who see only that a "
                     + "record is held ('none' to clear).") String heldOnlyTo,
             @Option(names = "--gateway", paramLabel = "TEXT", description = "The legal gateway or agreement.")
             String gateway,
             @Option(names = "--analyst", description = "Name recorded with the change.") String analyst) {
        try (Workspace ws = root.openWorkspace()) {
            SharingRule r = new SharingService(ws, Clock.systemDefaultZone()).change(source, level(defaultLevel),
                    recipients(fullTo), recipients(heldOnlyTo), gateway, ExportCommand.user(analyst));
            spec.commandLine().getOut().printf("%s: default %s; full to [%s]; held only to [%s]; gateway: %s%n",
                    r.sourceName(), r.defaultLevel().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    String.join(", ", r.fullTo()), String.join(", ", r.heldOnlyTo()), r.gateway());
        }
    }

    private static SharingLevel level(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "full" -> SharingLevel.FULL;
            case "held-only", "held" -> SharingLevel.HELD_ONLY;
            default -> throw new WorkbenchException("--default is 'full' or 'held-only', not '" + text + "'.");
        };
    }

    private static Set<Recipient> recipients(String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return Set.of();
        }
        Set<Recipient> out = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Recipient::parse)
                .forEach(out::add);
        return out;
    }
}
