package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one cell that names a business several ways ("Smith Foods Ltd t/a Pizza Go") into its separate names.
 *
 * <p>Recognised separators, in any case: "t/a", "t.a.", "trading as", "aka", "a.k.a.", and a bare "TA" right after
 * Ltd/Limited/LLP/PLC or, in capitals, between mixed-case words ("Stephen Okafor TA Blue Cuts"), optionally
 * preceded by a dash, comma or colon, or wrapped in brackets ("X (t/a Y)"). A separator counts only between two non-blank names,
 * so a business actually called "Aka Sushi" is left whole. Stateless, thread-safe, never throws.
 */
public final class NameAliases {

    private static final String BEFORE = "\\s*[-–—,:;]?\\s*\\(?\\s*(?<![\\p{L}\\p{N}])"
            + "(?:t\\s*/\\s*a|t\\.\\s*a\\.|trading\\s+as|a\\.\\s*k\\.\\s*a\\.?|aka"
            // a bare "TA" is a trading-as straight after a legal form ("WW Foods Ltd TA Oriental Thai")
            + "|(?<=(?:ltd|limited|llp|plc|ltd\\.)\\s{1,3})ta";
    private static final String AFTER = ")(?![\\p{L}\\p{N}/])\\s*[:\\-–—]?\\s*";
    private static final Pattern SEPARATOR = Pattern.compile(BEFORE + AFTER, Pattern.CASE_INSENSITIVE);
    /**
     * Also a capital "TA" between words written in mixed case ("Stephen Okafor TA Blue Cuts"): a sole trader's name
     * has no legal form before it, and in capitals a "TA" could be a word. Asked only of names holding " TA ", as the
     * extra branch costs every other name time.
     */
    private static final Pattern SEPARATOR_OR_CAPITAL_TA = Pattern.compile(
            BEFORE + "|(?-i:(?<=\\p{Ll}\\s{1,3})TA(?=\\s+\\p{Lu}))" + AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** Kept as the reference the hand-written {@link #withoutEdgePunctuation} is tested against. */
    static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\-–—,:;]+|[\\s\\-–—,:;]+$");

    private NameAliases() {
    }

    /**
     * Returns the names held in {@code raw}, trimmed but not standardised, in the order written.
     *
     * @param raw one cell, may be {@code null}
     * @return the names ("X Ltd t/a Y" → ["X Ltd", "Y"]); {@code [raw.trim()]} when there is no separator; an empty
     *     list when {@code raw} is {@code null} or blank
     */
    public static List<String> split(String raw) {
        if (raw == null || Text.collapseSpaces(raw).isEmpty()) {
            return List.of();
        }
        if (!mayHoldSeparator(raw)) {
            // most names hold none: the pattern, tried at every character, was a quarter of standardising's cost
            String name = tidy(raw);
            return name.isEmpty() ? List.of(raw.trim()) : List.of(name);
        }
        return splitAtSeparators(raw);
    }

    /** {@link #split} by the separator pattern alone, for a cell that is not blank. */
    static List<String> splitAtSeparators(String raw) {
        List<String> names = new ArrayList<>();
        Matcher separator = (raw.contains(" TA ") ? SEPARATOR_OR_CAPITAL_TA : SEPARATOR).matcher(raw);
        int start = 0;
        while (separator.find()) {
            String before = tidy(raw.substring(start, separator.start()));
            if (!before.isEmpty() && HAS_WORD.matcher(raw.substring(separator.end())).find()) {
                names.add(before);
                start = separator.end();
            }
        }
        String last = tidy(raw.substring(start));
        if (!last.isEmpty()) {
            names.add(last);
        }
        if (names.isEmpty()) {
            // Only punctuation: keep what was written rather than lose the cell.
            return List.of(raw.trim());
        }
        return List.copyOf(names);
    }

    /**
     * False only when no separator can start anywhere in {@code raw}. Every separator begins at the start of a word
     * (the pattern's look-behind) with "t/", "t /", "t.", "trading", "a.", "aka" or a "ta" not followed by a letter,
     * digit or "/", in any case.
     */
    static boolean mayHoldSeparator(String raw) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(raw.charAt(i));
            if ((c != 't' && c != 'a') || (i > 0 && Character.isLetterOrDigit(raw.codePointBefore(i)))) {
                continue;
            }
            if (c == 't') {
                int j = i + 1;
                while (j < n && Character.isWhitespace(raw.charAt(j))) {
                    j++;
                }
                if (j < n && raw.charAt(j) == '/' || i + 1 < n && raw.charAt(i + 1) == '.'
                        || raw.regionMatches(true, i, "trading", 0, 7)) {
                    return true;
                }
                if (i + 1 < n && Character.toLowerCase(raw.charAt(i + 1)) == 'a'
                        && (i + 2 == n || !Character.isLetterOrDigit(raw.codePointAt(i + 2)) && raw.charAt(i + 2) != '/')) {
                    return true;
                }
            } else if (i + 1 < n && raw.charAt(i + 1) == '.' || raw.regionMatches(true, i, "aka", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** The piece without the spaces and dashes, commas, colons and semicolons at either end. */
    private static String tidy(String piece) {
        String name = withoutEdgePunctuation(piece);
        // "X (t/a Y)" leaves "Y)": drop closing brackets that have no opening partner.
        while (name.endsWith(")") && count(name, '(') < count(name, ')')) {
            name = withoutEdgePunctuation(name.substring(0, name.length() - 1));
        }
        return name.trim();
    }

    /** What {@code EDGE_PUNCTUATION.matcher(s).replaceAll("")} gives, without a pattern tried at every character. */
    static String withoutEdgePunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdgePunctuation(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdgePunctuation(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** A character of EDGE_PUNCTUATION's class: \s as java.util.regex reads it, or - – — , : ; */
    private static boolean isEdgePunctuation(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '\u2013' || c == '\u2014' || c == ','
                || c == ':' || c == ';';
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
