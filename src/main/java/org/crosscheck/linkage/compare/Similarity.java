package org.crosscheck.linkage.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** String similarities used by the comparisons, all 0..1 (1 = identical). Thread-safe. */
final class Similarity {
    private Similarity() {
    }

    /**
     * Jaro-Winkler as commons-text's {@code JaroWinklerSimilarity} computes it, to the last bit (a property test holds
     * the two together), for Strings alone: commons-text's reads characters through an interface, which made it the
     * costliest method for the JIT to compile in a first link and slower once compiled.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String max = a.length() > b.length() ? a : b;
        String min = max == a ? b : a;
        int range = Math.max(max.length() / 2 - 1, 0);
        boolean[] taken = new boolean[max.length()];
        // the characters of min matched, in min's order, then compared with those of max matched, in max's order
        char[] matchedOfMin = new char[min.length()];
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if (!taken[xi] && c == max.charAt(xi)) {
                    taken[xi] = true;
                    matchedOfMin[matches++] = c;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        for (int xi = 0, k = 0; xi < max.length(); xi++) {
            if (taken[xi] && matchedOfMin[k++] != max.charAt(xi)) {
                halfTranspositions++;
            }
        }
        int prefix = 0;
        while (prefix < Math.min(4, min.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double j = (m / a.length() + m / b.length() + (m - (double) halfTranspositions / 2) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix * (1 - j);
    }

    /** The best Jaro-Winkler similarity between any value of one list and any of the other. */
    static double bestJaroWinkler(List<String> as, List<String> bs) {
        return best(as, bs, Similarity::jaroWinkler);
    }

    /**
     * As {@link #bestJaroWinkler(List, List)} when that is at least {@code floor}; otherwise some value below
     * {@code floor}. Pairs of values that cannot reach it are not compared, which is most pairs of two businesses'
     * names, so a caller that only asks "at least floor? at least more?" gets the same answers for less work.
     */
    static double bestJaroWinkler(List<String> as, List<String> bs, double floor) {
        return bestJaroWinkler(as, NameTraits.of(as, List.of()), bs, NameTraits.of(bs, List.of()), floor);
    }

    /**
     * As {@link #bestJaroWinkler(List, List, double)} for two records' names, with the character sets their traits
     * hold rather than worked out again for each pair.
     */
    static double bestJaroWinkler(List<String> as, NameTraits ta, List<String> bs, NameTraits tb, double floor) {
        double best = 0;
        for (int i = 0; i < as.size(); i++) {
            String a = as.get(i);
            for (int j = 0; j < bs.size(); j++) {
                String b = bs.get(j);
                if (canReachJaroWinkler(a, b, ta.allCharacters(i), tb.allCharacters(j), floor)) {
                    best = Math.max(best, jaroWinkler(a, b));
                }
            }
        }
        return best;
    }

    /** Whether the Jaro-Winkler similarity of a and b is at least {@code floor}. */
    static boolean isJaroWinklerAtLeast(String a, String b, double floor) {
        return canReachJaroWinkler(a, b, floor) && jaroWinkler(a, b) >= floor;
    }

    /**
     * False only when {@link #jaroWinklerUpperBound} is below {@code floor}, with a margin for rounding. The looser
     * bound is asked first: it needs no counting array, and on candidate pairs it settles 93% of what the tighter
     * one would reject (measured over the pairs of a 6,100-business town).
     */
    static boolean canReachJaroWinkler(String a, String b, double floor) {
        return canReachJaroWinkler(a, b, allCharacters(a), allCharacters(b), floor);
    }

    /** As {@link #canReachJaroWinkler(String, String, double)}, given {@link #allCharacters} of each. */
    private static boolean canReachJaroWinkler(String a, String b, long inA, long inB, double floor) {
        return looseJaroWinklerUpperBound(a, b, inA, inB) >= floor - 1e-9
                && jaroWinklerUpperBound(a, b) >= floor - 1e-9;
    }

    /**
     * An upper bound of {@link #jaroWinklerUpperBound}: the characters in common are counted as those of each string
     * whose (char mod 64) the other has at all, the fewer of the two counts, which is never less than the
     * characters the two have in common.
     */
    static double looseJaroWinklerUpperBound(String a, String b) {
        return looseJaroWinklerUpperBound(a, b, allCharacters(a), allCharacters(b));
    }

    /** As {@link #looseJaroWinklerUpperBound(String, String)}, given {@link #allCharacters} of each. */
    static double looseJaroWinklerUpperBound(String a, String b, long inA, long inB) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 1;
        }
        int ofBInA = 0;
        for (int i = 0; i < lb; i++) {
            ofBInA += (int) (inA >>> (b.charAt(i) & 63)) & 1;
        }
        int ofAInB = 0;
        for (int i = 0; i < la; i++) {
            ofAInB += (int) (inB >>> (a.charAt(i) & 63)) & 1;
        }
        return boundFromCommon(a, b, Math.min(ofBInA, ofAInB));
    }

    /**
     * An upper bound of {@link #jaroWinkler}, cheap to compute: Jaro's m (characters matched) is at most the
     * characters the two strings have in common, counted here by (char mod 64), which can only count more. With
     * no transpositions, Jaro is then at most (m/|a| + m/|b| + 1) / 3, and commons-text's Winkler boost, for Jaro of
     * at least 0.7, adds 0.1 × (common prefix up to 4) × (1 − Jaro).
     */
    static double jaroWinklerUpperBound(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 1;
        }
        int[] counts = new int[64];
        for (int i = 0; i < la; i++) {
            counts[a.charAt(i) & 63]++;
        }
        int m = 0;
        for (int i = 0; i < lb; i++) {
            int k = b.charAt(i) & 63;
            if (counts[k] > 0) {
                counts[k]--;
                m++;
            }
        }
        return boundFromCommon(a, b, m);
    }

    /** Jaro-Winkler at most, for two non-empty strings with at most {@code m} characters in common. */
    private static double boundFromCommon(String a, String b, int m) {
        if (m == 0) {
            return 0;
        }
        int la = a.length();
        int lb = b.length();
        double jaro = ((double) m / la + (double) m / lb + 1) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
    }

    private static double best(List<String> as, List<String> bs,
                               java.util.function.ToDoubleBiFunction<String, String> similarity) {
        double best = 0;
        for (String a : as) {
            for (String b : bs) {
                best = Math.max(best, similarity.applyAsDouble(a, b));
            }
        }
        return best;
    }

    /**
     * Token overlap: shared words over the words of the shorter name, so that "chicken shop" and "the chicken shop
     * broadway" agree fully while "chicken shop" and "kebab shop" agree by half.
     */
    static double tokenOverlap(String a, String b) {
        Set<String> ta = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(b.split(" ")));
        int smaller = Math.min(ta.size(), tb.size());
        if (smaller == 0) {
            return 0;
        }
        ta.retainAll(tb);
        return ta.size() / (double) smaller;
    }

    /**
     * Whether every word of one name is a word of the other: {@code tokenOverlap(a, b) == 1}, found by searching
     * each word in place rather than building two sets of words for every candidate pair.
     */
    static boolean oneNamesWordsAllInTheOther(String a, String b) {
        long inA = characters(a);
        long inB = characters(b);
        // a name whose words are all in the other has all its characters there too: two businesses' names seldom do
        if ((inA & ~inB) != 0 && (inB & ~inA) != 0) {
            return false;
        }
        if (!isSingleSpaced(a) || !isSingleSpaced(b)) {
            return tokenOverlap(a, b) == 1.0;
        }
        return allWordsIn(a, b) || allWordsIn(b, a);
    }

    /** Every character of a string, the space too, as a set of (char mod 64). */
    static long allCharacters(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            set |= 1L << (s.charAt(i) & 63);
        }
        return set;
    }

    /**
     * The characters of a string but the space, as a set of (char mod 64): two characters may share a bit, so a set
     * contained in another's says nothing, but one not contained says a character is missing from the other.
     */
    static long characters(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != ' ') {
                set |= 1L << (ch & 63);
            }
        }
        return set;
    }

    /** Not empty, with no white space but single spaces between words, as standardised names are. */
    static boolean isSingleSpaced(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if ((ch >= '\t' && ch <= '\r') || (ch == ' ' && (i == 0 || i == n - 1 || s.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    /** Every space-separated word of {@code words} occurs as a whole word in {@code text}. */
    private static boolean allWordsIn(String words, String text) {
        int start = 0;
        while (start < words.length()) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = words.length();
            }
            if (!hasWord(text, words, start, end - start)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Whether {@code text} has the word {@code source[offset, offset + length)} standing alone. */
    private static boolean hasWord(String text, String source, int offset, int length) {
        for (int at = 0; at + length <= text.length(); at = text.indexOf(' ', at) + 1) {
            boolean endsWord = at + length == text.length() || text.charAt(at + length) == ' ';
            if (endsWord && text.regionMatches(at, source, offset, length)) {
                return true;
            }
            if (text.indexOf(' ', at) < 0) {
                return false;
            }
        }
        return false;
    }

    static boolean anyEqual(List<String> as, List<String> bs) {
        for (String a : as) {
            if (bs.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
