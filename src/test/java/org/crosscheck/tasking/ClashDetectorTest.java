package org.crosscheck.tasking;

import static org.crosscheck.domain.AgencyKind.FIRE;
import static org.crosscheck.domain.AgencyKind.FOOD_HYGIENE;
import static org.crosscheck.domain.AgencyKind.IMMIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.junit.jupiter.api.Test;

class ClashDetectorTest {
    private static final LocalDate PLANNED = LocalDate.of(2026, 12, 10);
    private final ClashDetector detector = new ClashDetector(14);

    @Test
    void twoAgenciesPlanningTheSamePremisesInTheWindowClash() {
        Visit ours = visit(1, 100, FIRE, PLANNED, VisitStatus.PROPOSED);
        Visit theirs = visit(2, 100, IMMIGRATION, PLANNED.plusDays(5), VisitStatus.AGREED);

        List<Clash> clashes = detector.clashes(ours, List.of(ours, theirs), Map.of());

        assertEquals(1, clashes.size());
        assertEquals(Clash.Kind.ALSO_PLANNED, clashes.get(0).kind());
        assertEquals(2L, clashes.get(0).otherVisitId());
        assertTrue(clashes.get(0).message().contains("Immigration enforcement"), clashes.get(0).message());
    }

    @Test
    void plansOutsideTheWindowOrForOtherPremisesOrCancelledDoNotClash() {
        Visit ours = visit(1, 100, FIRE, PLANNED, VisitStatus.PROPOSED);
        List<Visit> all = List.of(ours,
                visit(2, 100, IMMIGRATION, PLANNED.plusDays(15), VisitStatus.PROPOSED),
                visit(3, 200, IMMIGRATION, PLANNED, VisitStatus.PROPOSED),
                visit(4, 100, FOOD_HYGIENE, PLANNED, VisitStatus.CANCELLED));

        assertEquals(List.of(), detector.clashes(ours, all, Map.of()));
    }

    @Test
    void aVisitByAnyAgencyInTheWindowBeforeThePlannedDateIsReported() {
        Visit ours = visit(1, 100, FIRE, PLANNED, VisitStatus.PROPOSED);
        Visit done = visit(2, 100, FOOD_HYGIENE, PLANNED.minusDays(3), VisitStatus.VISITED);

        List<Clash> clashes = detector.clashes(ours, List.of(ours, done),
                Map.of(IMMIGRATION, PLANNED.minusDays(14), FOOD_HYGIENE, PLANNED.minusDays(15)));

        assertEquals(2, clashes.size(), clashes.toString());
        assertTrue(clashes.stream().allMatch(c -> c.kind() == Clash.Kind.RECENTLY_VISITED));
        assertTrue(clashes.get(0).message().contains("3 days before"), clashes.get(0).message());
        assertTrue(clashes.get(1).message().startsWith("Immigration enforcement recorded a visit"),
                clashes.get(1).message());
    }

    @Test
    void anUndatedPlanClashesWithAnyLivePlanForThePremises() {
        Visit ours = visit(1, 100, FIRE, null, VisitStatus.PROPOSED);
        Visit theirs = visit(2, 100, FIRE, PLANNED.plusDays(90), VisitStatus.PROPOSED);

        assertEquals(1, detector.clashes(ours, List.of(ours, theirs), Map.of()).size());
    }

    static Visit visit(long id, long entity, AgencyKind lead, LocalDate date, VisitStatus status) {
        return new Visit(id, entity, "Shop " + entity, "BK1 2AB", 3, lead, date, 2, VisitPurpose.ENFORCEMENT, status,
                null, List.of(new Attendance(lead, "lead")), "analyst", LocalDateTime.of(2026, 11, 1, 9, 0),
                LocalDateTime.of(2026, 11, 1, 9, 0));
    }
}
