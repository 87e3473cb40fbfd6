package org.crosscheck.tasking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;

/**
 * The weekly tasking list: visits to businesses, who attends and leads, clashes with other plans, the status of
 * each visit and what each agency found.
 */
public final class TaskingService {
    /** Two plans or a plan and a visit this close together clash, unless the analyst chooses another window. */
    public static final int DEFAULT_CLASH_DAYS = 28;
    private final Workspace workspace;
    private final PictureService picture;
    private final Clock clock;

    public TaskingService(Workspace workspace, PictureService picture, Clock clock) {
        this.workspace = workspace;
        this.picture = picture;
        this.clock = clock;
    }

    public List<Visit> visits() {
        return workspace.tasking().visits();
    }

    /** Visits planned in the week (Monday to Sunday) holding {@code day}, plus undated live plans. */
    public List<Visit> week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        return visits().stream().filter(v -> v.plannedDate() == null ? v.status().isLive()
                : !v.plannedDate().isBefore(monday) && !v.plannedDate().isAfter(sunday)).toList();
    }

    public Visit visit(long id) {
        return workspace.tasking().visit(id)
                .orElseThrow(() -> new WorkbenchException("There is no visit " + id + " on the tasking list."));
    }

    public AttendancePlan advise(long entityId, VisitPurpose purpose) {
        return new AttendanceAdvisor(powers()).advise(business(entityId), purpose);
    }

    /** Puts a business on the tasking list as a proposed visit. */
    public long add(NewVisit visit, String user) {
        BusinessProfile business = business(visit.entityId());
        String label = business.name() + (business.address() == null ? "" : ", " + business.address());
        return workspace.tasking().addVisit(visit, label, business.postcode(), user, LocalDateTime.now(clock));
    }

    public void update(long visitId, NewVisit plan) {
        Visit existing = visit(visitId);
        if (existing.entityId() != plan.entityId()) {
            throw new WorkbenchException("A visit cannot be moved to another business; add a new visit instead.");
        }
        workspace.tasking().updateVisit(visitId, plan, LocalDateTime.now(clock));
    }

    public void move(long visitId, VisitStatus target) {
        Visit v = visit(visitId);
        if (v.status() == target) {
            return;
        }
        if (!v.status().canMoveTo(target)) {
            throw new WorkbenchException("Visit " + visitId + " is " + words(v.status()) + "; it can go to "
                    + v.status().next().stream().map(TaskingService::words).toList() + ", not " + words(target) + ".");
        }
        workspace.tasking().setStatus(visitId, target, LocalDateTime.now(clock));
    }

    /**
     * The clashes of each of {@code shown}, reading the tasking list once and each business's visit dates once,
     * rather than both again for every visit.
     */
    public Map<Long, List<Clash>> clashes(List<Visit> shown, int windowDays) {
        List<Visit> all = visits();
        ClashDetector detector = new ClashDetector(windowDays);
        Map<Long, Map<AgencyKind, LocalDate>> lastVisitsOf = new java.util.HashMap<>();
        Map<Long, List<Clash>> out = new java.util.LinkedHashMap<>();
        for (Visit v : shown) {
            Map<AgencyKind, LocalDate> lastVisits = lastVisitsOf.computeIfAbsent(v.entityId(), e -> picture.profile(e)
                    .map(BusinessProfile::lastVisits).orElse(Map.of()));
            out.put(v.id(), detector.clashes(v, all, lastVisits));
        }
        return out;
    }

    public List<Clash> clashes(long visitId, int windowDays) {
        return clashes(List.of(visit(visitId)), windowDays).get(visitId);
    }

    /** Records what one attending agency found or did. */
    public long recordOutcome(long visitId, AgencyKind agency, OutcomeKind kind, int quantity, String note,
                              String user) {
        Visit v = visit(visitId);
        if (v.attending().stream().noneMatch(a -> a.agency() == agency)) {
            throw new WorkbenchException(agency.label() + " is not attending visit " + visitId + "; add it to the "
                    + "visit first, or record the outcome against an attending agency.");
        }
        if (quantity < 0) {
            throw new WorkbenchException("The number must not be negative.");
        }
        int count = kind == OutcomeKind.NO_CONCERNS ? Math.max(quantity, 1) : quantity;
        return workspace.tasking().addOutcome(visitId, agency, kind, count, note, user, LocalDateTime.now(clock));
    }

    public void deleteOutcome(long outcomeId) {
        workspace.tasking().deleteOutcome(outcomeId);
    }

    public List<VisitOutcome> outcomes(long visitId) {
        return workspace.tasking().outcomes().stream().filter(o -> o.visitId() == visitId).toList();
    }

    public OutcomeTotals totals(LocalDate from, LocalDate to) {
        return OutcomeTotals.of(visits(), workspace.tasking().outcomes(), from, to);
    }

    public List<AgencyPower> powers() {
        return workspace.tasking().powers();
    }

    public void savePower(AgencyPower power) {
        workspace.tasking().savePower(power);
    }

    private BusinessProfile business(long entityId) {
        return picture.profile(entityId).orElseThrow(() -> new WorkbenchException("There is no business "
                + entityId + " in the last link run. Run the linkage, then pick the business again."));
    }

    static String words(VisitStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
