package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.AgencySuggestion;
import org.crosscheck.tasking.AttendancePlan;
import org.crosscheck.tasking.Clash;
import org.crosscheck.tasking.OutcomeTotals;
import org.crosscheck.tasking.TaskingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck tasking ...}: the Tasking screen from the command line. */
@Command(name = "tasking", description = "The weekly tasking list: visits, attendance, clashes and outcomes.",
        subcommandsRepeatable = false)
final class TaskingCommand {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "Lists visits: the week holding --week (default this week), or --all.")
    void list(@Option(names = "--week", description = "Any day of the week, yyyy-mm-dd.") LocalDate week,
              @Option(names = "--all", description = "Every visit, whatever its date or status.") boolean all,
              @Option(names = "--window", defaultValue = "28", description = "Clash window in days.") int window) {
        withService((tasking, out) -> {
            List<Visit> visits = all ? tasking.visits() : tasking.week(week == null ? LocalDate.now() : week);
            out.printf("%,d visits%n", visits.size());
            Map<Long, List<Clash>> clashes = tasking.clashes(visits, window);
            for (Visit v : visits) {
                out.printf("%4d  %-10s P%d  %-10s lead %-24s %s%n", v.id(), v.plannedDate() == null ? "(no date)"
                        : v.plannedDate(), v.priority(), v.status(), v.leadAgency().label(), v.businessLabel());
                out.printf("        attending: %s; %d officers; %s%n", v.attending().stream()
                                .map(a -> a.agency().label()).collect(Collectors.joining(", ")), v.officersNeeded(),
                        v.purpose().name().toLowerCase(java.util.Locale.ROOT));
                for (Clash c : clashes.get(v.id())) {
                    out.printf("        CLASH: %s%n", c.message());
                }
            }
        });
    }

    @Command(name = "suggest", description = "Suggests the agencies to attend a business's visit, and why.")
    void suggest(@Parameters(paramLabel = "ENTITY") long entityId,
                 @Option(names = "--purpose", defaultValue = "ENFORCEMENT") VisitPurpose purpose) {
        withService((tasking, out) -> print(out, tasking.advise(entityId, purpose)));
    }

    @Command(name = "add", description = "Puts a business on the tasking list (attendance suggested unless given).")
    void add(@Parameters(paramLabel = "ENTITY") long entityId,
             @Option(names = "--priority", defaultValue = "3", description = "1 (highest) to 5.") int priority,
             @Option(names = "--lead", description = "Lead agency (default: the suggested lead).") String lead,
             @Option(names = "--attend", description = "Agencies attending, comma-separated (default: suggested).")
             String attend,
             @Option(names = "--date", description = "Planned date, yyyy-mm-dd.") LocalDate date,
             @Option(names = "--officers", defaultValue = "2") int officers,
             @Option(names = "--purpose", defaultValue = "ENFORCEMENT") VisitPurpose purpose,
             @Option(names = "--notes") String notes,
             @Option(names = "--analyst", description = "Name recorded (default: the system user).") String analyst,
             @Option(names = "--window", defaultValue = "28", description = "Clash window in days.") int window) {
        withService((tasking, out) -> {
            AttendancePlan plan = tasking.advise(entityId, purpose);
            List<Attendance> attending = new ArrayList<>();
            if (attend == null) {
                attending.addAll(plan.attendance());
            } else {
                for (AgencyKind a : AgencyOptions.parseList(attend)) {
                    attending.add(new Attendance(a, plan.agencies().stream().filter(s -> s.agency() == a)
                            .map(AgencySuggestion::reasonText).findFirst().orElse("chosen by the analyst")));
                }
            }
            AgencyKind leadAgency = lead != null ? AgencyOptions.parseOne(lead) : plan.lead();
            if (leadAgency == null) {
                throw new WorkbenchException("No agency could be suggested for this business; give --lead and "
                        + "--attend.");
            }
            if (attending.stream().noneMatch(a -> a.agency() == leadAgency)) {
                attending.add(0, new Attendance(leadAgency, "lead agency"));
            }
            long id = tasking.add(new NewVisit(entityId, priority, leadAgency, date, officers, purpose, notes,
                    attending), user(analyst));
            out.printf("Visit %d added (proposed), led by %s.%n", id, leadAgency.label());
            tasking.clashes(id, window).forEach(c -> out.printf("  CLASH: %s%n", c.message()));
        });
    }

    @Command(name = "status", description = "Moves a visit on: proposed, agreed, visited, follow_up, closed, "
            + "cancelled.")
    void status(@Parameters(paramLabel = "VISIT") long visitId, @Parameters(paramLabel = "STATUS") VisitStatus to) {
        withService((tasking, out) -> {
            tasking.move(visitId, to);
            out.printf("Visit %d is now %s.%n", visitId, to.name().toLowerCase(java.util.Locale.ROOT));
        });
    }

    @Command(name = "outcome", description = "Records an outcome: arrest, notice, seizure, referral, advice, "
            + "no_concerns, other.")
    void outcome(@Parameters(paramLabel = "VISIT") long visitId, @Parameters(paramLabel = "AGENCY") String agency,
                 @Parameters(paramLabel = "KIND") OutcomeKind kind,
                 @Option(names = "--count", defaultValue = "1") int count, @Option(names = "--note") String note,
                 @Option(names = "--analyst") String analyst) {
        withService((tasking, out) -> {
            long id = tasking.recordOutcome(visitId, AgencyKind.parse(agency), kind, count, note, user(analyst));
            out.printf("Outcome %d recorded for visit %d.%n", id, visitId);
            for (VisitOutcome o : tasking.outcomes(visitId)) {
                out.printf("  %-24s %-12s %3d  %s%n", o.agency().label(), o.kind(), o.quantity(),
                        o.note() == null ? "" : o.note());
            }
        });
    }

    @Command(name = "clashes", description = "Lists clashes for one visit.")
    void clashes(@Parameters(paramLabel = "VISIT") long visitId,
                 @Option(names = "--window", defaultValue = "28", description = "Days.") int window) {
        withService((tasking, out) -> {
            List<Clash> clashes = tasking.clashes(visitId, window);
            out.printf("%d clashes within %d days%n", clashes.size(), window);
            clashes.forEach(c -> out.printf("  %s%n", c.message()));
        });
    }

    @Command(name = "totals", description = "Outcome totals by month and agency.")
    void totals(@Option(names = "--from") LocalDate from, @Option(names = "--to") LocalDate to) {
        withService((tasking, out) -> {
            OutcomeTotals totals = tasking.totals(from, to);
            if (totals.byMonth().isEmpty()) {
                out.println("No outcomes recorded in that period.");
            }
            for (Map.Entry<YearMonth, Map<AgencyKind, Map<OutcomeKind, Integer>>> m : totals.byMonth().entrySet()) {
                out.println(m.getKey());
                m.getValue().forEach((agency, kinds) -> out.printf("  %-28s %s%n", agency.label(), kinds));
            }
        });
    }

    @Command(name = "powers", description = "Lists the agency powers the suggestions use; --set changes one.")
    void powers(@Option(names = "--set", paramLabel = "AGENCY") String agency,
                @Option(names = "--entry-without-warrant") Boolean entry,
                @Option(names = "--entry-note") String entryNote, @Option(names = "--sanctions") String sanctions,
                @Option(names = "--looks-for") String looksFor) {
        withService((tasking, out) -> {
            if (agency != null) {
                AgencyKind kind = AgencyKind.parse(agency);
                AgencyPower old = tasking.powers().stream().filter(p -> p.agency() == kind).findFirst()
                        .orElse(new AgencyPower(kind, false, "", "", ""));
                tasking.savePower(new AgencyPower(kind, entry != null ? entry : old.entryWithoutWarrant(),
                        entryNote != null ? entryNote : old.entryNote(),
                        sanctions != null ? sanctions : old.sanctions(), looksFor != null ? looksFor : old.looksFor()));
            }
            for (AgencyPower p : tasking.powers()) {
                out.printf("%-28s %s%n    entry: %s%n    sanctions: %s%n    looks for: %s%n", p.agency().label(),
                        p.entryWithoutWarrant() ? "enters without a warrant" : "needs a warrant or consent",
                        p.entryNote(), p.sanctions(), p.looksFor());
            }
        });
    }

    private static void print(PrintWriter out, AttendancePlan plan) {
        out.printf("Suggested lead: %s (%s)%n", plan.lead() == null ? "none" : plan.lead().label(),
                plan.leadReason());
        for (AgencySuggestion s : plan.agencies()) {
            out.printf("  %-28s %s%n", s.agency().label(), s.entryWithoutWarrant() ? "enters without a warrant"
                    : "needs a warrant or consent");
            s.reasons().forEach(r -> out.printf("      - %s%n", r));
        }
        plan.warnings().forEach(w -> out.printf("  NOTE: %s%n", w));
    }

    private static String user(String analyst) {
        // the analyst name in Preferences, as the window records it
        return analyst != null ? analyst : org.crosscheck.settings.SettingsStore.inAppData().load().analystName();
    }

    private interface Action {
        void run(TaskingService tasking, PrintWriter out);
    }

    private void withService(Action action) {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            action.run(new TaskingService(ws, new PictureService(ws), Clock.systemDefaultZone()), out);
        }
    }
}
