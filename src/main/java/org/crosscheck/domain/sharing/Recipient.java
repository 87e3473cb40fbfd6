package org.crosscheck.domain.sharing;

import java.util.Locale;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;

/**
 * Who an export or print is for: one agency, or the partnership meeting as a whole. {@code agency} is null for the
 * meeting.
 */
public record Recipient(AgencyKind agency) {
    /** The key stored and typed for the whole partnership meeting. */
    public static final String MEETING_KEY = "PARTNERSHIP_MEETING";
    public static final Recipient PARTNERSHIP_MEETING = new Recipient(null);

    public static Recipient of(AgencyKind agency) {
        return new Recipient(agency);
    }

    public boolean isMeeting() {
        return agency == null;
    }

    /** The stable key: the agency kind's name, or {@value #MEETING_KEY}. */
    public String key() {
        return agency == null ? MEETING_KEY : agency.name();
    }

    public String label() {
        return agency == null ? "Partnership meeting" : agency.label();
    }

    /** Every recipient: the meeting first, then each agency kind. */
    public static java.util.List<Recipient> all() {
        java.util.List<Recipient> all = new java.util.ArrayList<>();
        all.add(PARTNERSHIP_MEETING);
        for (AgencyKind k : AgencyKind.values()) {
            all.add(of(k));
        }
        return all;
    }

    /** Parses a typed recipient leniently ("hmrc", "partnership meeting", "meeting", "fire"). */
    public static Recipient parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (key.equals(MEETING_KEY) || key.equals("MEETING") || key.equals("PARTNERSHIP")) {
            return PARTNERSHIP_MEETING;
        }
        try {
            return of(AgencyKind.parse(text));
        } catch (WorkbenchException e) {
            throw new WorkbenchException("Unknown recipient '" + text + "'. Use " + MEETING_KEY + " or an agency kind: "
                    + java.util.Arrays.toString(AgencyKind.values()), e);
        }
    }
}
