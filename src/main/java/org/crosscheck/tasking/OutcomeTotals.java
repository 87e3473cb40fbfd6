package org.crosscheck.tasking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;

/**
 * Outcome totals by month, agency and kind: what the partnership reports back. An outcome counts in the month of
 * its visit's planned date (the day the visit happened), or of when it was recorded if the visit had no date.
 */
public record OutcomeTotals(Map<YearMonth, Map<AgencyKind, Map<OutcomeKind, Integer>>> byMonth) {

    public static OutcomeTotals of(List<Visit> visits, List<VisitOutcome> outcomes, LocalDate from, LocalDate to) {
        Map<Long, LocalDate> visitDates = new java.util.HashMap<>();
        visits.forEach(v -> visitDates.put(v.id(), v.plannedDate()));
        Map<YearMonth, Map<AgencyKind, Map<OutcomeKind, Integer>>> out = new TreeMap<>();
        for (VisitOutcome o : outcomes) {
            LocalDate day = visitDates.get(o.visitId());
            if (day == null) {
                day = o.recordedAt().toLocalDate();
            }
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                continue;
            }
            out.computeIfAbsent(YearMonth.from(day), k -> new EnumMap<>(AgencyKind.class))
                    .computeIfAbsent(o.agency(), k -> new EnumMap<>(OutcomeKind.class))
                    .merge(o.kind(), o.quantity(), Integer::sum);
        }
        return new OutcomeTotals(out);
    }

    /** The total of one kind over every month and agency. */
    public int total(OutcomeKind kind) {
        return byMonth.values().stream().flatMap(m -> m.values().stream())
                .mapToInt(m -> m.getOrDefault(kind, 0)).sum();
    }

    /** The total of one kind for one agency over every month. */
    public int total(AgencyKind agency, OutcomeKind kind) {
        return byMonth.values().stream().map(m -> m.get(agency)).filter(java.util.Objects::nonNull)
                .mapToInt(m -> m.getOrDefault(kind, 0)).sum();
    }
}
