package org.crosscheck.domain.tasking;

import org.crosscheck.domain.AgencyKind;

/** A sign of possible non-compliance officers are trained to notice, and the agency it matters to. */
public record GoldenIndicator(int id, AgencyKind agency, String text, boolean active) {
}
