package org.crosscheck.domain.tasking;

import java.time.LocalDateTime;
import org.crosscheck.domain.AgencyKind;

/** One result one agency recorded for a visit (e.g. 2 arrests, 1 notice served). */
public record VisitOutcome(long id, long visitId, AgencyKind agency, OutcomeKind kind, int quantity, String note,
                           String recordedBy, LocalDateTime recordedAt) {
}
