package org.crosscheck.linkage.standardise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Companies House registration number in its 8-character form ("sc 123456" → "SC123456", "1234567" →
 * "01234567").
 *
 * <p>Accepted shapes: up to 8 digits (England and Wales), a known two-letter register prefix and up to 6 digits
 * (SC, NI, OC, SO, NC, FC, GE, LP, SL, IP, SP, RC, NP...), or "R" and up to 7 digits (old Northern Ireland numbers
 * such as R0000123). Digits are left-padded with zeros to 8 characters in total. Labels such as "Company no.",
 * "Reg. number" or "CRN" are ignored, and so is the ".0" Excel adds to numbers stored as numbers. Anything else
 * (words, two numbers, all zeros) is not a plausible number. Stateless, thread-safe, never throws.
 */
public final class CompanyNumbers {

    private static final int LENGTH = 8;
    private static final int MAX_CELL_LENGTH = 64;
    /** The prefixes Companies House uses, per its public data product documentation. */
    private static final Set<String> PREFIXES = Set.of(
            "AC", "BR", "CE", "CS", "FC", "FE", "GE", "GN", "GS", "IC", "IP", "LP", "NA", "NC", "NF", "NI", "NL",
            "NO", "NP", "NR", "NZ", "OC", "RC", "SA", "SC", "SE", "SF", "SG", "SI", "SL", "SO", "SP", "SR", "SZ",
            "ZC");
    /** "NO" stays a prefix only when glued to the digits ("NO123456"); with a space it is "No." the label. */
    private static final Pattern LABELS = Pattern.compile(
            "(?<![A-Z0-9])(?:COMPANY|CO|REGISTERED|REGISTRATION|REG|CRN|NUMBER|NUM|NO)(?![A-Z0-9])\\.?");
    private static final Pattern EXCEL_DECIMAL = Pattern.compile("^(\\d+)\\.0+$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.:#\\-/]+");
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2})(\\d{1,6})|R(\\d{1,7})|(\\d{1,8})");
    private static final Pattern ALL_ZEROS = Pattern.compile("0+");

    private CompanyNumbers() {
    }

    /**
     * Returns the 8-character Companies House number written in {@code raw}.
     *
     * @param raw one cell, may be {@code null}
     * @return the number in upper case with its prefix kept and zero padding, or {@code null} if not plausible
     */
    public static String standardise(String raw) {
        if (raw == null || raw.length() > MAX_CELL_LENGTH) {
            return null;
        }
        String upper = Text.collapseSpaces(raw).toUpperCase(Locale.ROOT);
        Matcher excel = EXCEL_DECIMAL.matcher(upper);
        if (excel.matches()) {
            upper = excel.group(1);
        }
        String compact = SEPARATORS.matcher(LABELS.matcher(upper).replaceAll(" ")).replaceAll("");
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return PREFIXES.contains(m.group(1)) ? padded(m.group(1), m.group(2)) : null;
        }
        if (m.group(3) != null) {
            return padded("R", m.group(3));
        }
        return padded("", m.group(4));
    }

    private static String padded(String prefix, String digits) {
        if (ALL_ZEROS.matcher(digits).matches()) {
            return null;
        }
        return prefix + "0".repeat(LENGTH - prefix.length() - digits.length()) + digits;
    }
}
