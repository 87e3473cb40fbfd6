package org.crosscheck.domain.tasking;

import org.crosscheck.domain.AgencyKind;

/** What an agency can do on a visit: enter without a warrant or not, the sanctions it can apply, what it looks for. */
public record AgencyPower(AgencyKind agency, boolean entryWithoutWarrant, String entryNote, String sanctions,
                          String looksFor) {
}
