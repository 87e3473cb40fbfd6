package org.crosscheck.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Phone numbers from Ofcom's drama ranges (07700 900xxx mobiles, 01632 960xxx landlines), so no real
 * subscriber is ever named, and the five ways agencies write the same number.
 */
final class PhoneFormats {

    private PhoneFormats() {
    }

    /**
     * Hands out numbers without repeats until a range is used up (1,000 of each). The sample partnership then
     * starts again (its files, ground truth and tests were made so, and 183 of its 1,183 landlines are repeats);
     * a larger benchmark town hands out no more numbers, as repeats there joined unrelated businesses by the
     * million (12 million "same phone" candidate pairs at a million records).
     */
    static final class Pool {
        private final List<String> mobiles;
        private final List<String> landlines;
        private final boolean reuse;
        private int nextMobile;
        private int nextLandline;

        Pool(Random random) {
            this(random, true);
        }

        Pool(Random random, boolean reuse) {
            mobiles = range("07700 900", random);
            landlines = range("01632 960", random);
            this.reuse = reuse;
        }

        /** The next mobile, or null when the range is used up and numbers are not reused. */
        String nextMobile() {
            return !reuse && nextMobile >= mobiles.size() ? null : mobiles.get(nextMobile++ % mobiles.size());
        }

        /** The next landline, or null when the range is used up and numbers are not reused. */
        String nextLandline() {
            return !reuse && nextLandline >= landlines.size() ? null
                    : landlines.get(nextLandline++ % landlines.size());
        }

        private static List<String> range(String prefix, Random random) {
            List<String> numbers = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                numbers.add(prefix + String.format("%03d", i));
            }
            Collections.shuffle(numbers, random);
            return numbers;
        }
    }

    /**
     * Writes a national-format number ("07700 900123") in one of the formats seen in agency files:
     * as given, +44, bracketed area code, bare digits, or 0044.
     */
    static String format(String national, int style) {
        if (national == null) {
            return null;
        }
        String digits = national.replace(" ", "");
        String areaCode = national.substring(0, national.indexOf(' '));
        String rest = national.substring(national.indexOf(' ') + 1);
        switch (style) {
            case 1:
                return "+44 " + areaCode.substring(1) + " " + rest;
            case 2:
                return "(" + areaCode + ") " + rest;
            case 3:
                return digits;
            case 4:
                return "0044" + digits.substring(1);
            default:
                return national;
        }
    }

    /** A random format, weighted towards the plain national form most staff type. */
    static String anyFormat(String national, Random random) {
        int roll = random.nextInt(10);
        int style = roll < 4 ? 0 : roll < 6 ? 3 : roll < 8 ? 1 : roll < 9 ? 2 : 4;
        return format(national, style);
    }
}
