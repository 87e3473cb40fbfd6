package org.crosscheck.linkage.standardise;

import java.util.regex.Pattern;

/**
 * An address part made comparable: folded, lower-cased, punctuation made spaces, hyphens kept only inside number
 * ranges ("12 - 14" and "12/14" become "12-14"). Plain ASCII, nearly every address, takes a fast path that gives
 * exactly what the Unicode-aware regular expressions give (a property test holds the two together).
 */
final class AddressText {
    private static final Pattern DIGIT_RANGE = Pattern.compile("(?<=\\d)\\s*[-–—/]\\s*(?=\\d)");
    private static final Pattern NOT_WORD_OR_HYPHEN = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?<![0-9])-|-(?![0-9])");

    private AddressText() {
    }

    /** Folds, lower-cases and removes punctuation, keeping hyphens only inside number ranges ("12-14"). */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String folded = Text.fold(s);
        return Text.isAscii(folded) ? normaliseAscii(folded) : normaliseFully(s);
    }

    /**
     * As {@link #normaliseFully} for folded ASCII, in two passes over the characters instead of four regular
     * expressions: addresses are most of the work of standardising a million records.
     */
    static String normaliseAscii(String folded) {
        int n = folded.length();
        // digit ranges: "12 - 14" and "12/14" become "12-14"
        StringBuilder ranged = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if (i > 0 && isDigit(folded.charAt(i - 1))) {
                int j = skipWhitespace(folded, i);
                if (j < n && (folded.charAt(j) == '-' || folded.charAt(j) == '/')) {
                    int k = skipWhitespace(folded, j + 1);
                    if (k < n && isDigit(folded.charAt(k))) {
                        ranged.append('-');
                        i = k - 1;
                        continue;
                    }
                }
            }
            ranged.append(folded.charAt(i));
        }
        // anything but a letter, digit or a hyphen between digits separates words
        return Text.keepingRuns(ranged.toString(), i -> {
            char c = ranged.charAt(i);
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || (c == '-' && i > 0
                    && isDigit(ranged.charAt(i - 1)) && i + 1 < ranged.length() && isDigit(ranged.charAt(i + 1)));
        });
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        return i;
    }

    /** {@link #normalise} of any text, by regular expressions that know Unicode's letters, digits and dashes. */
    static String normaliseFully(String s) {
        String folded = DIGIT_RANGE.matcher(Text.fold(s)).replaceAll("-");
        String spaced = NOT_WORD_OR_HYPHEN.matcher(folded).replaceAll(" ");
        return Text.collapseSpaces(LOOSE_HYPHEN.matcher(spaced).replaceAll(" "));
    }
}
