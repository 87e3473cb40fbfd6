package org.crosscheck.sampledata;

import java.util.Locale;
import java.util.Random;

/**
 * The ways agency staff write a business name differently from each other: Ltd versus Limited,
 * "&" versus "and", "t/a" forms, upper case and the odd typo. Each method is a pure function of its
 * inputs and the random stream, so a seed gives the same spelling every time.
 */
final class NameVariants {

    private NameVariants() {
    }

    /** Swaps the company suffix between its common spellings about half of the time. */
    static String suffixVariant(String name, Random random) {
        if (name == null || random.nextBoolean()) {
            return name;
        }
        if (name.endsWith(" Limited")) {
            return name.substring(0, name.length() - " Limited".length()) + (random.nextBoolean() ? " Ltd" : " Ltd.");
        }
        if (name.endsWith(" Ltd")) {
            return name.substring(0, name.length() - " Ltd".length()) + " Limited";
        }
        return name;
    }

    /** Writes "&" as "and" or the other way round, sometimes. */
    static String ampersandVariant(String name, Random random) {
        if (name == null || random.nextInt(3) != 0) {
            return name;
        }
        if (name.contains(" & ")) {
            return name.replace(" & ", " and ");
        }
        return name.replace(" and ", " & ");
    }

    /** Legal name and trading name together, as a "trading as" string. */
    static String tradingAs(String legal, String trading, Random random) {
        String[] joins = {" t/a ", " T/A ", " trading as ", " TA "};
        return legal + joins[random.nextInt(joins.length)] + trading;
    }

    /** One keyboard slip: a swapped, dropped or doubled letter, with the given chance out of 100. */
    static String typo(String text, int percent, Random random) {
        if (text == null || text.length() < 5 || random.nextInt(100) >= percent) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 3);
        if (!Character.isLetter(text.charAt(at)) || !Character.isLetter(text.charAt(at + 1))) {
            return text;
        }
        switch (random.nextInt(3)) {
            case 0:
                return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            case 1:
                return text.substring(0, at) + text.substring(at + 1);
            default:
                return text.substring(0, at) + text.charAt(at) + text.substring(at);
        }
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** Upper case with the given chance out of 100, as some systems force capitals. */
    static String maybeUpper(String text, int percent, Random random) {
        return random.nextInt(100) < percent ? upper(text) : text;
    }

    /** A proprietor as council rate systems hold them: "MR A KHAN". */
    static String ratesStyleName(Owner owner) {
        return upper(owner.title() + " " + owner.first().charAt(0) + " " + owner.last());
    }
}
