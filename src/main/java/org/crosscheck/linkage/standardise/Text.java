package org.crosscheck.linkage.standardise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Shared text helpers for the standardisers: accent folding, apostrophe removal and whitespace collapsing.
 *
 * <p>All methods are pure, thread-safe, accept {@code null} (returning {@code null}) and never throw.
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophe look-alikes are deleted, not spaced, so "Joe's" and "Joes" agree. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼʹ′]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{C}]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Folding is repeated until stable; a handful of rounds is always enough for real text. */
    private static final int MAX_FOLD_ROUNDS = 4;

    private Text() {
    }

    /**
     * Lower-cases, removes apostrophes and folds accents ("Müller's Café" → "mullers cafe"), keeping the rest.
     *
     * <p>Uses NFKD so that compatibility forms (ligatures, full-width letters) fold too; letters that Unicode does not
     * decompose (ß, æ, ø, ł...) are spelt out by hand. The result is stable under a second call.
     *
     * @param s any text, may be {@code null}
     * @return the folded text, or {@code null} if {@code s} is {@code null}
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        return isAscii(s) ? foldAscii(s) : foldFully(s);
    }

    /**
     * Plain ASCII has no accents or compatibility forms, so folding it is lower-casing and dropping the two ASCII
     * apostrophes, in one pass: the regular expressions and normalisation of the full fold cost most of the time
     * of standardising a million records, nearly all of which are ASCII.
     */
    static String foldAscii(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean apostrophe = c == '\'' || c == '`';
            boolean upper = c >= 'A' && c <= 'Z';
            if (out == null && (apostrophe || upper)) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !apostrophe) {
                out.append(upper ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Folding of any text, accents and all; see {@link #fold}. */
    static String foldFully(String s) {
        String current = s;
        for (int round = 0; round < MAX_FOLD_ROUNDS; round++) {
            String next = foldOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String foldOnce(String s) {
        // Lower-case before decomposing: "İ".toLowerCase() yields "i" plus a combining dot, which NFKD then strips.
        String lower = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(cp -> out.append(spellOut(cp)));
        return APOSTROPHES.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String spellOut(int cp) {
        switch (cp) {
            case 'ß':
                return "ss";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ø':
                return "o";
            case 'ł':
                return "l";
            case 'đ':
            case 'ð':
                return "d";
            case 'þ':
                return "th";
            case 'ı':
                return "i";
            case 'ħ':
                return "h";
            case 'ŧ':
                return "t";
            default:
                return new String(Character.toChars(cp));
        }
    }

    /**
     * Replaces every run of whitespace, separator or control characters with one space and trims the ends.
     *
     * @param s any text, may be {@code null}
     * @return the collapsed text (possibly {@code ""}), or {@code null} if {@code s} is {@code null}
     */
    public static String collapseSpaces(String s) {
        if (s == null) {
            return null;
        }
        return isAscii(s) ? collapseAsciiSpaces(s) : SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** As {@link #collapseSpaces} for ASCII, where whitespace, separators and controls are the codes up to 32, and 127. */
    static String collapseAsciiSpaces(String s) {
        return keepingRuns(s, i -> s.charAt(i) > ' ' && s.charAt(i) != 127);
    }

    /**
     * The characters of {@code s} at the indexes {@code keptAt} accepts, each run of the others made one space,
     * with none at the ends: the one loop the ASCII fast paths share.
     */
    static String keepingRuns(String s, java.util.function.IntPredicate keptAt) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            if (keptAt.test(i)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(s.charAt(i));
            } else {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    /**
     * Folds {@code s} and turns every run of characters that are not letters or digits into one space.
     *
     * @param s any text, may be {@code null}
     * @return space-separated lower-case words (possibly {@code ""}), or {@code null} if {@code s} is {@code null}
     */
    public static String toWords(String s) {
        if (s == null) {
            return null;
        }
        String folded = fold(s);
        return isAscii(folded) ? asciiWords(folded) : NON_WORD.matcher(folded).replaceAll(" ").trim();
    }

    /** As {@link #toWords} for folded ASCII, whose letters and digits are a-z and 0-9. */
    static String asciiWords(String folded) {
        return keepingRuns(folded, i -> {
            char c = folded.charAt(i);
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        });
    }

    /**
     * Returns {@code null} for {@code null}, empty or blank text, otherwise the text unchanged.
     *
     * @param s any text, may be {@code null}
     * @return {@code s}, or {@code null} when it holds no visible character
     */
    public static String nullIfBlank(String s) {
        return s == null || collapseSpaces(s).isEmpty() ? null : s;
    }
}
