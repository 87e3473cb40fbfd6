package org.crosscheck.domain.tasking;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;

/** What the analyst fills in to put a business on the tasking list; checked here so every caller gets the same rules. */
public record NewVisit(long entityId, int priority, AgencyKind leadAgency, LocalDate plannedDate, int officersNeeded,
                       VisitPurpose purpose, String notes, List<Attendance> attending) {
    public NewVisit {
        if (priority < 1 || priority > 5) {
            throw new WorkbenchException("Priority must be from 1 (highest) to 5; it was " + priority + ".");
        }
        if (officersNeeded < 0 || officersNeeded > 500) {
            throw new WorkbenchException("Officers needed must be between 0 and 500; it was " + officersNeeded + ".");
        }
        if (leadAgency == null) {
            throw new WorkbenchException("Choose a lead agency for the visit.");
        }
        attending = List.copyOf(attending);
        if (attending.stream().noneMatch(a -> a.agency() == leadAgency)) {
            throw new WorkbenchException("The lead agency must be one of the agencies attending.");
        }
    }
}
