package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Standardises a business name so that "THE CHICKEN SHOP LTD" and "Chicken Shop Limited" agree ("chicken shop").
 *
 * <p>Steps: lower case, accents folded, apostrophes removed ("Joe's" → "joes"), "&amp;" and "+" → "and", other
 * punctuation → space, spaces collapsed. Then runs of two or more single letters are joined ("A.B. Motors" →
 * "ab motors"), because agencies write initials with and without dots and spaces and joining is the only form all
 * of them reach. Legal-form suffixes (ltd, limited, llp, plc, lp, cic, co, company, and co, and sons, and son, uk,
 * and the Welsh cyf/cyfyngedig) are removed from the end repeatedly, and a leading "the" is removed. "Group" is kept:
 * it tells a holding company from its trading subsidiary. Nothing is removed if that would leave no words (or only
 * "the"/"and"), so
 * "The Company" gives "company". Numbers are kept.
 * A name made only of "the" and "and" (such as a lone "&amp;") is not usable.
 *
 * <p>Stateless, thread-safe, never throws, idempotent; returns {@code null} when no letter or digit is present.
 */
public final class BusinessNameStandardiser implements Standardiser {

    /** Words that cannot identify a business on their own, so stripping never leaves only these. */
    private static final Set<String> FILLER = Set.of("the", "and");
    private static final Pattern AND_SIGNS = Pattern.compile("[&+]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Longest first, so "and co" wins over "co" and does not leave a dangling "and". */
    private static final List<List<String>> LEGAL_SUFFIXES = List.of(
            List.of("and", "company"),
            List.of("and", "co"),
            List.of("and", "sons"),
            List.of("and", "son"),
            List.of("ltd"),
            List.of("limited"),
            List.of("llp"),
            List.of("plc"),
            List.of("lp"),
            List.of("cic"),
            List.of("co"),
            List.of("company"),
            List.of("uk"),
            List.of("cyf"),
            List.of("cyfyngedig"));
    /** The last word of each legal suffix: a name ending in another word has none to strip. */
    private static final Set<String> SUFFIX_ENDINGS = LEGAL_SUFFIXES.stream().map(s -> s.get(s.size() - 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public String standardise(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Text.fold(raw);
        boolean hasAndSign = folded.indexOf('&') >= 0 || folded.indexOf('+') >= 0;
        String words = Text.toWords(hasAndSign ? AND_SIGNS.matcher(folded).replaceAll(" and ") : folded);
        if (words.isEmpty()) {
            return null;
        }
        List<String> tokens = joinSingleLetters(Arrays.asList(words.split(" ")));
        boolean changed = true;
        while (changed) {
            changed = stripOneSuffix(tokens) || stripLeadingThe(tokens);
        }
        return tokens.stream().allMatch(FILLER::contains) ? null : String.join(" ", tokens);
    }

    /** The legal forms only a registered company (or LLP) can carry: "& Co", "& Sons" and "UK" are not among them. */
    private static final Set<String> COMPANY_FORMS = Set.of("ltd", "limited", "llp", "plc", "cic", "cyf", "cyfyngedig");

    /**
     * Whether {@code raw} is written as a registered company's name ("Smith Retail (2019) Ltd."), which Companies
     * House keeps unique across the UK. Never throws.
     */
    public static boolean hasCompanyForm(String raw) {
        if (raw == null) {
            return false;
        }
        String words = Text.toWords(Text.fold(raw));
        if (words.isEmpty()) {
            return false;
        }
        List<String> tokens = joinSingleLetters(Arrays.asList(words.split(" ")));
        return tokens.size() > 1 && COMPANY_FORMS.contains(tokens.get(tokens.size() - 1));
    }

    /**
     * A standardised registered name without its numbers, which tells a company from its successor: "smith retail
     * uk 2019" (from "Smith Retail UK (2019) Ltd") and "smith retail" (from "Smith Retail UK Ltd") both give "smith
     * retail". Taking the number out can leave a legal suffix at the end ("uk"), so suffixes are stripped again.
     * Null when nothing but numbers is left. Never throws.
     */
    public static String registeredStem(String standardised) {
        if (standardised == null) {
            return null;
        }
        String words = Text.toWords(DIGITS.matcher(standardised).replaceAll(" "));
        if (words.isEmpty()) {
            return null;
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(words.split(" ")));
        while (stripOneSuffix(tokens)) {
            // strip "uk" then, were it there, "co" before it
        }
        return String.join(" ", tokens);
    }

    /** Joins each run of two or more one-letter tokens into one token ("a b motors" → "ab motors"). */
    static List<String> joinSingleLetters(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (String token : tokens) {
            if (isSingleLetter(token)) {
                run.append(token);
                runLength++;
                continue;
            }
            flushRun(out, run, runLength);
            run.setLength(0);
            runLength = 0;
            out.add(token);
        }
        flushRun(out, run, runLength);
        return out;
    }

    private static void flushRun(List<String> out, StringBuilder run, int runLength) {
        if (runLength > 0) {
            out.add(run.toString());
        }
    }

    private static boolean isSingleLetter(String token) {
        return token.codePointCount(0, token.length()) == 1 && Character.isLetter(token.codePointAt(0));
    }

    private static boolean stripOneSuffix(List<String> tokens) {
        if (tokens.isEmpty() || !SUFFIX_ENDINGS.contains(tokens.get(tokens.size() - 1))) {
            // most names end in none: asked first, it spares comparing the name's end with every suffix
            return false;
        }
        for (List<String> suffix : LEGAL_SUFFIXES) {
            int from = tokens.size() - suffix.size();
            if (from > 0 && tokens.subList(from, tokens.size()).equals(suffix)
                    && !tokens.subList(0, from).stream().allMatch(FILLER::contains)) {
                tokens.subList(from, tokens.size()).clear();
                return true;
            }
        }
        return false;
    }

    private static boolean stripLeadingThe(List<String> tokens) {
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
            return true;
        }
        return false;
    }
}
