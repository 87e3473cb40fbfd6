package org.crosscheck.tasking;

import static org.crosscheck.domain.AgencyKind.FIRE;
import static org.crosscheck.domain.AgencyKind.IMMIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitStatus;
import org.junit.jupiter.api.Test;

class OutcomeTotalsTest {

    @Test
    void outcomesAddUpByMonthOfTheVisitAgencyAndKind() {
        var november = ClashDetectorTest.visit(1, 10, FIRE, LocalDate.of(2026, 11, 20), VisitStatus.VISITED);
        var december = ClashDetectorTest.visit(2, 11, FIRE, LocalDate.of(2026, 12, 3), VisitStatus.VISITED);
        LocalDateTime later = LocalDateTime.of(2027, 1, 5, 10, 0);
        List<VisitOutcome> outcomes = List.of(
                new VisitOutcome(1, 1, IMMIGRATION, OutcomeKind.ARREST, 2, null, "a", later),
                new VisitOutcome(2, 1, IMMIGRATION, OutcomeKind.ARREST, 1, null, "a", later),
                new VisitOutcome(3, 1, FIRE, OutcomeKind.NOTICE, 1, null, "a", later),
                new VisitOutcome(4, 2, FIRE, OutcomeKind.NO_CONCERNS, 1, null, "a", later));

        OutcomeTotals totals = OutcomeTotals.of(List.of(november, december), outcomes, null, null);

        assertEquals(Set.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)), totals.byMonth().keySet(),
                "an outcome counts in the month of its visit, not when it was typed in");
        assertEquals(3, totals.total(IMMIGRATION, OutcomeKind.ARREST));
        assertEquals(1, totals.total(OutcomeKind.NO_CONCERNS));
        assertEquals(0, OutcomeTotals.of(List.of(november, december), outcomes, LocalDate.of(2026, 12, 1), null)
                .total(OutcomeKind.ARREST));
    }
}
