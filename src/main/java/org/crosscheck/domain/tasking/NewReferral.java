package org.crosscheck.domain.tasking;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;

/** An observation as the analyst records it. */
public record NewReferral(Long entityId, String place, String observedBy, AgencyKind fromAgency,
                          AgencyKind targetAgency, LocalDate observedOn, String details, List<Integer> indicatorIds) {
    public NewReferral {
        if (observedBy == null || observedBy.isBlank()) {
            throw new WorkbenchException("Say which officer made the observation.");
        }
        if (entityId == null && (place == null || place.isBlank())) {
            throw new WorkbenchException("Choose a business, or type the address of a place no source holds yet.");
        }
        if (fromAgency == null || targetAgency == null) {
            throw new WorkbenchException("Say which agency the officer is from and which agency should receive it.");
        }
        if (observedOn == null) {
            throw new WorkbenchException("Give the date of the observation.");
        }
        if (observedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new WorkbenchException("The observation date " + observedOn + " is in the future.");
        }
        if ((details == null || details.isBlank()) && (indicatorIds == null || indicatorIds.isEmpty())) {
            throw new WorkbenchException("Tick at least one indicator or describe what the officer saw.");
        }
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    }
}
