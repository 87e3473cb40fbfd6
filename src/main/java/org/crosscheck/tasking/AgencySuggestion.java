package org.crosscheck.tasking;

import java.util.List;
import org.crosscheck.domain.AgencyKind;

/** One agency the advisor proposes for a visit, with every reason it has, in words. */
public record AgencySuggestion(AgencyKind agency, boolean entryWithoutWarrant, List<String> reasons) {
    public AgencySuggestion {
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
