package org.crosscheck.domain.tasking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.domain.AgencyKind;

/**
 * An officer's observation passed to another agency. {@code entityId} is null when the place is not yet in any
 * source (a new address); {@code latestFeedback} is null until the target agency answers.
 */
public record Referral(long id, Long entityId, String place, String observedBy, AgencyKind fromAgency,
                       AgencyKind targetAgency, LocalDate observedOn, String details, List<GoldenIndicator> indicators,
                       String recordedBy, LocalDateTime recordedAt, ReferralFeedback latestFeedback) {
    public Referral {
        indicators = List.copyOf(indicators);
    }

    public boolean awaitingFeedback() {
        return latestFeedback == null;
    }
}
