package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.ReferralService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck referral ...}: officers' intelligence referrals and the feedback on them. */
@Command(name = "referral", description = "Intelligence referrals ('eyes and ears'), golden indicators, feedback.")
final class ReferralCommand {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "add", description = "Records an officer's observation for another agency.")
    void add(@Option(names = "--entity", description = "The business (entity id), if it is in the workspace.")
             Long entity,
             @Option(names = "--place", description = "Name and address, for a place no source holds yet.")
             String place,
             @Option(names = "--officer", required = true) String officer,
             @Option(names = "--from", required = true, description = "The officer's agency.") String from,
             @Option(names = "--to", required = true, description = "The agency it is for.") String to,
             @Option(names = "--date", description = "When it was seen (default: today).") LocalDate date,
             @Option(names = "--indicator", split = ",", description = "Golden indicator ids (see 'indicators').")
             List<Integer> indicators,
             @Option(names = "--details") String details, @Option(names = "--analyst") String analyst) {
        with((referrals, out) -> {
            long id = referrals.add(new NewReferral(entity, place, officer, AgencyKind.parse(from),
                    AgencyKind.parse(to), date == null ? LocalDate.now() : date, details,
                    indicators == null ? List.of() : indicators), user(analyst));
            out.printf("Referral %d recorded for %s.%n", id, AgencyKind.parse(to).label());
        });
    }

    @Command(name = "list", description = "Lists referrals, newest first.")
    void list(@Option(names = "--to", description = "Only those for this agency.") String to,
              @Option(names = "--awaiting", description = "Only those still waiting for feedback.") boolean awaiting) {
        with((referrals, out) -> {
            List<Referral> list = awaiting ? referrals.awaitingFeedback() : referrals.list(null);
            AgencyKind target = to == null ? null : AgencyKind.parse(to);
            list = list.stream().filter(r -> target == null || r.targetAgency() == target).toList();
            out.printf("%,d referrals%n", list.size());
            for (Referral r : list) {
                out.printf("%4d  %s  %s -> %s  by %s  %s%n", r.id(), r.observedOn(), r.fromAgency().label(),
                        r.targetAgency().label(), r.observedBy(), r.entityId() == null ? r.place()
                                : "entity " + r.entityId() + (r.place().isBlank() ? "" : " (" + r.place() + ")"));
                if (!r.indicators().isEmpty()) {
                    out.printf("        indicators: %s%n", r.indicators().stream().map(GoldenIndicator::text)
                            .collect(Collectors.joining("; ")));
                }
                if (r.details() != null && !r.details().isBlank()) {
                    out.printf("        %s%n", r.details());
                }
                out.printf("        feedback: %s%n", r.awaitingFeedback() ? "AWAITING"
                        : r.latestFeedback().verdict() + " by " + r.latestFeedback().givenBy()
                        + (r.latestFeedback().note() == null ? "" : ": " + r.latestFeedback().note()));
            }
        });
    }

    @Command(name = "feedback", description = "Records feedback: useful, not_useful or acted_on.")
    void feedback(@Parameters(paramLabel = "REFERRAL") long id, @Parameters(paramLabel = "VERDICT")
                  FeedbackVerdict verdict, @Option(names = "--note") String note,
                  @Option(names = "--analyst") String analyst) {
        with((referrals, out) -> {
            referrals.feedback(id, verdict, note, user(analyst));
            out.printf("Feedback recorded on referral %d: %s.%n", id, verdict);
        });
    }

    @Command(name = "indicators", description = "Lists golden indicators; --add AGENCY TEXT adds one.")
    void indicators(@Option(names = "--add", arity = "2", paramLabel = "AGENCY TEXT") List<String> add,
                    @Option(names = "--retire", paramLabel = "ID") Integer retire) {
        with((referrals, out) -> {
            if (add != null) {
                int id = referrals.addIndicator(AgencyKind.parse(add.get(0)), add.get(1));
                out.printf("Indicator %d added.%n", id);
            }
            if (retire != null) {
                referrals.setIndicatorActive(retire, false);
            }
            for (GoldenIndicator g : referrals.indicators()) {
                out.printf("%3d  %-26s %s%s%n", g.id(), g.agency().label(), g.text(), g.active() ? "" : " (retired)");
            }
        });
    }

    private static String user(String analyst) {
        // the analyst name in Preferences, as the window records it
        return analyst != null ? analyst : org.crosscheck.settings.SettingsStore.inAppData().load().analystName();
    }

    private interface Action {
        void run(ReferralService referrals, PrintWriter out);
    }

    private void with(Action action) {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            action.run(new ReferralService(ws, new PictureService(ws), Clock.systemDefaultZone()), out);
        }
    }
}
