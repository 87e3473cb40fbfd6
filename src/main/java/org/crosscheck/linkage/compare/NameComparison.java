package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Compares business names over every alias each record carries (business, trading and legal names), with nine
 * levels: missing; the same name; the same words with different numbers ("Blue Spice" and "Blue Spice (2018)": a
 * successor company, or another branch); Jaro-Winkler at least 0.92; all words of the shorter name in the other (at
 * least 2 words, or a single word of 5+ letters); Jaro-Winkler at least 0.80; anything else; and two levels for
 * names both written as registered companies (with Ltd, Limited, LLP, PLC): the same registered name, which
 * Companies House keeps unique, and two registered names alike but for a number, which are two companies. The
 * registered levels are numbered last so that models saved before they existed keep their numbering. Names that
 * differ where one side has only a legal name and the other a trading name count as missing, and so do two legal
 * names that are one person's ("Mrs C Singh", "Claire Singh"), which the person comparison weighs.
 */
public final class NameComparison implements Comparison {
    /** Both written as registered companies, with the same name: Companies House keeps a company's name unique. */
    public static final int SAME_REGISTERED_NAME = 7;
    /**
     * Both registered companies, named alike but for a number ("Santos Catering Ltd", "Santos Catering (2017) Ltd"):
     * two companies, often a successor trading from the same premises. Strong evidence of two businesses.
     */
    public static final int ANOTHER_COMPANY_OF_THE_NAME = 8;
    /** Two names with nothing in common, neither only a legal name set against a trading one. */
    public static final int DIFFERENT = 6;

    @Override
    public String name() {
        return "name";
    }

    @Override
    public int levelCount() {
        return 9;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return MISSING;
        }
        if (Similarity.anyEqual(a.registeredNames(), b.registeredNames())) {
            return SAME_REGISTERED_NAME;
        }
        if (differOnlyInNumbers(a.nameTraits().registeredStems(),
                b.nameTraits().registeredStems())) {
            return ANOTHER_COMPANY_OF_THE_NAME;
        }
        if (Similarity.anyEqual(a.names(), b.names())) {
            return 1;
        }
        if (differOnlyInNumbers(a.nameTraits().withoutNumbers(), b.nameTraits().withoutNumbers())) {
            return 2;
        }
        // exact at or above 0.80, the lowest level asked about below; under it, only known to be under
        double jw = Similarity.bestJaroWinkler(a.names(), a.nameTraits(), b.names(), b.nameTraits(), 0.80);
        if (jw >= 0.92) {
            return 3;
        }
        if (containsWords(a, b)) {
            return 4;
        }
        if (jw >= 0.80) {
            return 5;
        }
        // a ratepayer's or company's legal name set against another agency's trading name is no disagreement:
        // the two were never expected to match
        if (a.legalNameOnly() != b.legalNameOnly()) {
            return MISSING;
        }
        // two sole traders' legal names are people's names, "Mrs C Singh" and "Claire Singh": the person comparison
        // weighs them, and as business names they are no disagreement
        return a.legalNameOnly() && Similarity.anyEqual(a.personKeys(), b.personKeys()) ? MISSING : DIFFERENT;
    }

    /** Whether a name of one and a name of the other are the same without their numbers (given those). */
    private static boolean differOnlyInNumbers(String[] as, String[] bs) {
        for (String wx : as) {
            if (wx.isEmpty()) {
                continue;
            }
            for (String wy : bs) {
                if (wx.equals(wy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name with each run of digits and white space made one space, trimmed: what
     * {@code replaceAll("\\d+", " ").replaceAll("\\s+", " ").trim()} gives, without two regular expressions per
     * pair of names (they were a fifth of a large run's time).
     */
    static String withoutNumbers(String name) {
        if (isPlainWords(name)) {
            // most names have no digit and are single-spaced already: the name is its own answer, with no copy made
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean inGap = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            // \d and \s as java.util.regex reads them by default: ASCII digits, and space, \t \n \x0B \f \r
            boolean gap = (ch >= '0' && ch <= '9') || ch == ' ' || (ch >= '\t' && ch <= '\r');
            if (!gap) {
                sb.append(ch);
            } else if (!inGap) {
                sb.append(' ');
            }
            inGap = gap;
        }
        return sb.toString().trim();
    }

    /** No digit, no white space but single spaces between words: unchanged by {@link #withoutNumbers}. */
    static boolean isPlainWords(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char ch = name.charAt(i);
            if ((ch >= '0' && ch <= '9') || (ch >= '\t' && ch <= '\r')
                    || (ch == ' ' && (i == 0 || i == n - 1 || name.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsWords(StdRecord a, StdRecord b) {
        java.util.List<String> as = a.names();
        java.util.List<String> bs = b.names();
        for (int i = 0; i < as.size(); i++) {
            String x = as.get(i);
            long inX = a.nameTraits().characters(i);
            for (int j = 0; j < bs.size(); j++) {
                String y = bs.get(j);
                long inY = b.nameTraits().characters(j);
                // a name whose words are all in the other has all its characters there too: two businesses'
                // names seldom do
                if ((inX & ~inY) != 0 && (inY & ~inX) != 0) {
                    continue;
                }
                String shorter = x.length() <= y.length() ? x : y;
                boolean meaningful = shorter.indexOf(' ') > 0 || shorter.length() >= 5;
                if (meaningful && Similarity.oneNamesWordsAllInTheOther(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public java.util.List<String> frequencyValues(StdRecord record) {
        return record.names();
    }

    @Override
    public String exactValue(StdRecord a, StdRecord b) {
        for (String x : a.names()) {
            if (b.names().contains(x)) {
                return x;
            }
        }
        return null;
    }

    @Override
    public boolean isExactLevel(int level) {
        // a registered name many records share (a common one the sample's town reuses) is weaker evidence too
        return level == 1 || level == SAME_REGISTERED_NAME;
    }

    /**
     * Names cost three times as much to compare as all other fields together, and need fewer random pairs: their
     * exact levels are weighed by the name's own frequency rather than by u, and their similar levels occur about
     * once in a thousand random pairs, so 100,000 pairs of a partnership count each some hundred times. On the sample
     * partnership F1 was the same (0.9663 or 0.9664) over five seeds with every pair or every third, and the first
     * link in a fresh JVM 0.25 s faster.
     */
    @Override
    public int uSampleStride() {
        return 3;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == DIFFERENT || level == ANOTHER_COMPANY_OF_THE_NAME;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> "name missing";
            case 1 -> "same name";
            case 2 -> "same name but a different number";
            case 3 -> "name very similar";
            case 4 -> "one name contains the other";
            case 5 -> "name somewhat similar";
            case SAME_REGISTERED_NAME -> "same registered company name";
            case ANOTHER_COMPANY_OF_THE_NAME -> "another company of the same name (a different number)";
            default -> "different name";
        };
    }
}
