package org.crosscheck.ui.tasking;

import java.time.YearMonth;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.OutcomeKind;

/** One line of the outcome totals: a month, an agency, a kind of outcome and how many. */
public record TotalsRow(YearMonth month, AgencyKind agency, OutcomeKind kind, int count) {
}
