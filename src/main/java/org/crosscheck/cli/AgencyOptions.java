package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.domain.AgencyKind;

/** Reads agency lists typed on the command line ("fire,hmrc", "food hygiene"). */
final class AgencyOptions {
    private AgencyOptions() {
    }

    static List<AgencyKind> parseList(String text) {
        List<AgencyKind> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(AgencyKind.parse(part));
            }
        }
        return out;
    }

    static AgencyKind parseOne(String text) {
        return text == null ? null : AgencyKind.parse(text);
    }
}
