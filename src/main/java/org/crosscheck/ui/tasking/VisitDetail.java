package org.crosscheck.ui.tasking;

import java.util.List;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.tasking.AttendancePlan;

/** What the editor reads for one visit in the background: its outcomes and today's attendance advice. */
record VisitDetail(List<VisitOutcome> outcomes, AttendancePlan advice) {
}
