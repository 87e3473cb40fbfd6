package org.crosscheck.ui.tasking;

import java.util.List;
import org.crosscheck.domain.tasking.AgencyPower;

/** What the Tasking screen reads in one background step. */
record TaskingData(List<VisitRow> visits, List<VisitRow> allVisits, List<TotalsRow> totals,
                   List<AgencyPower> powers) {
}
