package org.crosscheck.linkage.standardise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard written form, with the coarser units used for blocking.
 *
 * <p>Only the format is checked (outward {@code [A-Z]{1,2}[0-9][A-Z0-9]?}, inward {@code [0-9][A-Z]{2}}, plus the
 * special "GIR 0AA"), not whether Royal Mail has issued the code: spreadsheets hold new and retired codes alike.
 * Immutable and thread-safe.
 *
 * @param full the whole postcode, upper case, one space before the inward part ("UB1 3AB")
 * @param area the leading letters ("UB")
 * @param district the outward part ("UB1")
 * @param sector the outward part, a space and the first inward digit ("UB1 3")
 */
public record Postcode(String full, String area, String district, String sector) {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})");
    private static final Pattern AREA = Pattern.compile("^[A-Z]+");
    /** A postcode inside free text: whole words only, any spaces or a hyphen between the two halves. */
    static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)[ \\t\\u00A0-]*([0-9][A-Z]{2})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** Longer cells are not a postcode; the limit also keeps {@link #parse} cheap on 10k-character garbage. */
    private static final int MAX_CELL_LENGTH = 64;

    /**
     * Reads a cell holding just a postcode, in any case and spacing ("ub13ab", " UB1  3AB ", "ub1-3ab").
     *
     * @param raw the cell, may be {@code null}
     * @return the postcode, or {@code null} when the cell does not have a valid UK postcode format
     */
    public static Postcode parse(String raw) {
        if (raw == null || raw.length() > MAX_CELL_LENGTH) {
            return null;
        }
        String compact = NOT_ALPHANUMERIC.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches() || (m.group(1).equals("GIR") && !m.group(2).equals("0AA"))) {
            return null;
        }
        return of(m.group(1), m.group(2));
    }

    /**
     * Finds the last postcode written inside free text ("12 High St, Brackford BK1 2AB" → BK1 2AB).
     *
     * <p>The last one is taken because addresses end with their postcode; earlier matches are more likely to be
     * part of a reference or a second address.
     *
     * @param text free text, may be {@code null}
     * @return the last postcode found, or {@code null} if there is none
     */
    public static Postcode find(String text) {
        if (text == null) {
            return null;
        }
        Postcode last = null;
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Postcode candidate = fromMatch(m);
            if (candidate != null) {
                last = candidate;
            }
        }
        return last;
    }

    /** Builds the postcode for an {@link #IN_TEXT} match, or {@code null} for a "GIR" that is not "GIR 0AA". */
    static Postcode fromMatch(Matcher m) {
        String outward = m.group(1).toUpperCase(Locale.ROOT);
        String inward = m.group(2).toUpperCase(Locale.ROOT);
        if (outward.equals("GIR") && !inward.equals("0AA")) {
            return null;
        }
        return of(outward, inward);
    }

    private static Postcode of(String outward, String inward) {
        Matcher area = AREA.matcher(outward);
        return new Postcode(outward + " " + inward, area.find() ? area.group() : outward, outward,
                outward + " " + inward.charAt(0));
    }
}
