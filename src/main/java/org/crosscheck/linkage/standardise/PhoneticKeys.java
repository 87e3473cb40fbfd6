package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Builds sound-alike keys for blocking, so "Kwik Kebab" and "Quick Kebabs" land in the same block.
 *
 * <p>Stateless and thread-safe: the shared {@link DoubleMetaphone} is never reconfigured after construction, which
 * is the condition under which commons-codec documents it as thread-safe. Never throws.
 */
public final class PhoneticKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** Words that carry no identity in a business or person name. */
    private static final Set<String> STOP_WORDS = Set.of("and", "the", "of", "a", "an", "at", "in", "on", "for", "to");
    private static final int TOKENS_IN_KEY = 2;

    private PhoneticKeys() {
    }

    /**
     * Returns the primary Double Metaphone codes of the first two significant words, joined by a space.
     *
     * <p>Words that have no code (numbers, non-Latin scripts) are skipped like stop words. The input is expected to
     * be standardised already (for example by {@link BusinessNameStandardiser}) but is folded again to be safe.
     *
     * @param standardisedName a standardised name, may be {@code null}
     * @return a key such as "KK KPP" for "kwik kebab", or {@code null} when no word has a code
     */
    public static String nameKey(String standardisedName) {
        if (standardisedName == null) {
            return null;
        }
        List<String> codes = new ArrayList<>(TOKENS_IN_KEY);
        for (String word : Text.toWords(standardisedName).split(" ")) {
            if (codes.size() == TOKENS_IN_KEY) {
                break;
            }
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            String code = METAPHONE.doubleMetaphone(word);
            if (code != null && !code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? null : String.join(" ", codes);
    }
}
