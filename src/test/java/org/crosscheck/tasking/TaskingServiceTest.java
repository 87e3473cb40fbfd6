package org.crosscheck.tasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.PictureFilter;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tasking list on the linked sample partnership: planning, clashes, the status flow and outcomes. */
class TaskingServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    @TempDir
    Path dir;
    Path ws;
    BusinessProfile target;

    @BeforeEach
    void linkedSample() {
        ws = LinkedSample.copyTo(dir.resolve("ws"));
        try (Workspace workspace = Workspace.open(ws)) {
            target = new PictureService(workspace).ranked(PictureFilter.ALL.withMinInterest(3)).get(0);
        }
    }

    @Test
    void aVisitPlannedFromTheSuggestionIsStoredWithItsReasonsAndSurvivesReopening() {
        long id;
        try (Workspace workspace = Workspace.open(ws)) {
            TaskingService tasking = service(workspace);
            AttendancePlan plan = tasking.advise(target.entityId(), VisitPurpose.ENFORCEMENT);
            id = tasking.add(new NewVisit(target.entityId(), 1, plan.lead(), MONDAY.plusDays(2), 4,
                    VisitPurpose.ENFORCEMENT, "joint visit", plan.attendance()), "analyst");
        }
        try (Workspace workspace = Workspace.open(ws)) {
            Visit v = service(workspace).visit(id);
            assertEquals(target.entityId(), v.entityId());
            assertEquals(VisitStatus.PROPOSED, v.status());
            assertTrue(v.businessLabel().startsWith(target.name()), v.businessLabel());
            java.util.Set<AgencyKind> visiting = java.util.EnumSet.copyOf(target.interestAgencies());
            visiting.removeAll(List.of(AgencyKind.BUSINESS_RATES, AgencyKind.COMPANIES_HOUSE));
            assertEquals(visiting, v.attending().stream().map(Attendance::agency)
                    .collect(java.util.stream.Collectors.toSet()), "agencies with a concern that visit premises");
            assertTrue(v.attending().stream().allMatch(a -> a.reason().contains("holds")), v.attending().toString());
            assertEquals(List.of(v), service(workspace).week(MONDAY));
        }
    }

    @Test
    void aSecondAgencyPlanningTheSamePremisesSeesTheClash() {
        try (Workspace workspace = Workspace.open(ws)) {
            TaskingService tasking = service(workspace);
            long first = tasking.add(visitBy(AgencyKind.FIRE, MONDAY), "analyst");
            long second = tasking.add(visitBy(AgencyKind.POLICE, MONDAY.plusDays(10)), "analyst");

            List<Clash> clashes = tasking.clashes(second, 14);

            assertTrue(clashes.stream().anyMatch(c -> c.kind() == Clash.Kind.ALSO_PLANNED
                    && Long.valueOf(first).equals(c.otherVisitId())), clashes.toString());
            assertTrue(tasking.clashes(second, 7).stream().noneMatch(c -> c.kind() == Clash.Kind.ALSO_PLANNED));
        }
    }

    @Test
    void theStatusFlowRefusesToSkipAStepAndOutcomesNeedAnAttendingAgency() {
        try (Workspace workspace = Workspace.open(ws)) {
            TaskingService tasking = service(workspace);
            long id = tasking.add(visitBy(AgencyKind.FIRE, MONDAY), "analyst");

            WorkbenchException skip = assertThrows(WorkbenchException.class, () -> tasking.move(id, VisitStatus.CLOSED));
            assertTrue(skip.getMessage().contains("proposed"), skip.getMessage());
            tasking.move(id, VisitStatus.AGREED);
            tasking.move(id, VisitStatus.VISITED);
            tasking.recordOutcome(id, AgencyKind.FIRE, OutcomeKind.NOTICE, 2, "exits locked", "analyst");
            tasking.recordOutcome(id, AgencyKind.FIRE, OutcomeKind.NO_CONCERNS, 0, null, "analyst");
            assertThrows(WorkbenchException.class,
                    () -> tasking.recordOutcome(id, AgencyKind.HMRC, OutcomeKind.ARREST, 1, null, "analyst"));

            assertEquals(2, tasking.outcomes(id).size());
            assertEquals(2, tasking.totals(null, null).total(AgencyKind.FIRE, OutcomeKind.NOTICE));
            assertEquals(1, tasking.totals(null, null).total(OutcomeKind.NO_CONCERNS),
                    "'no concerns' counts once even when no number is given");
        }
    }

    @Test
    void aBusinessNotInTheLastRunCannotBeTasked() {
        try (Workspace workspace = Workspace.open(ws)) {
            WorkbenchException e = assertThrows(WorkbenchException.class,
                    () -> service(workspace).advise(99_999_999L, VisitPurpose.SUPPORT));
            assertTrue(e.getMessage().contains("99999999"), e.getMessage());
        }
    }

    private NewVisit visitBy(AgencyKind lead, LocalDate date) {
        return new NewVisit(target.entityId(), 2, lead, date, 2, VisitPurpose.ENFORCEMENT, null,
                List.of(new Attendance(lead, "lead")));
    }

    private static TaskingService service(Workspace workspace) {
        return new TaskingService(workspace, new PictureService(workspace), Clock.systemDefaultZone());
    }
}
