package org.crosscheck.tasking;

import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.Attendance;

/**
 * Who the advisor proposes should attend a visit, who should lead, and what to watch for (e.g. nobody attending
 * can enter without a warrant).
 */
public record AttendancePlan(List<AgencySuggestion> agencies, AgencyKind lead, String leadReason,
                             List<String> warnings) {
    public AttendancePlan {
        agencies = List.copyOf(agencies);
        warnings = List.copyOf(warnings);
    }

    /** The suggestion as the attendance list a visit stores. */
    public List<Attendance> attendance() {
        return agencies.stream().map(a -> new Attendance(a.agency(), a.reasonText())).toList();
    }
}
