package org.crosscheck.domain.tasking;

import org.crosscheck.domain.AgencyKind;

/** An agency attending a visit, and why it was chosen. */
public record Attendance(AgencyKind agency, String reason) {
}
