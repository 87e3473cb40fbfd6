package org.crosscheck.domain.tasking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.domain.AgencyKind;

/** One planned visit to one business (an entity) on the tasking list. */
public record Visit(long id, long entityId, String businessLabel, String postcode, int priority, AgencyKind leadAgency,
                    LocalDate plannedDate, int officersNeeded, VisitPurpose purpose, VisitStatus status, String notes,
                    List<Attendance> attending, String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt) {
    public Visit {
        attending = List.copyOf(attending);
    }
}
