package org.crosscheck.linkage.compare;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.linkage.standardise.BusinessNameStandardiser;

/**
 * What the name comparison asks of each of a record's names in every pair the record is in, worked out once with
 * the record: the name without its numbers, and the sets of its characters. A record is in thousands of pairs when
 * u is estimated, and scanning its names again for each was most of what comparing a random pair cost. A name with
 * no number is its own number-free form, the same String. Immutable; the arrays it hands its package are not to be
 * written.
 */
public final class NameTraits {
    private static final String[] NO_NAMES = new String[0];
    private static final NameTraits NONE = new NameTraits(new long[0], NO_NAMES, NO_NAMES);

    /** For name i, {@link Similarity#characters} at 2i and {@link Similarity#allCharacters} at 2i + 1. */
    private final long[] characterSets;
    private final String[] withoutNumbers;
    private final String[] registeredStems;

    private NameTraits(long[] characterSets, String[] withoutNumbers, String[] registeredStems) {
        this.characterSets = characterSets;
        this.withoutNumbers = withoutNumbers;
        this.registeredStems = registeredStems;
    }

    /** The traits of a record's names and registered names, in their order. */
    public static NameTraits of(List<String> names, List<String> registeredNames) {
        if (names.isEmpty() && registeredNames.isEmpty()) {
            return NONE;
        }
        long[] characterSets = new long[2 * names.size()];
        String[] withoutNumbers = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            characterSets[2 * i] = Similarity.characters(name);
            characterSets[2 * i + 1] = Similarity.allCharacters(name);
            withoutNumbers[i] = NameComparison.withoutNumbers(name);
        }
        String[] registered = registeredNames.isEmpty() ? NO_NAMES : new String[registeredNames.size()];
        for (int i = 0; i < registered.length; i++) {
            String stem = BusinessNameStandardiser.registeredStem(registeredNames.get(i));
            registered[i] = stem == null ? "" : stem;
        }
        return new NameTraits(characterSets, withoutNumbers, registered);
    }

    /** {@link Similarity#characters} of the i-th name. */
    long characters(int i) {
        return characterSets[2 * i];
    }

    /** {@link Similarity#allCharacters} of the i-th name. */
    long allCharacters(int i) {
        return characterSets[2 * i + 1];
    }

    /** {@link NameComparison#withoutNumbers} of each name, in order. */
    String[] withoutNumbers() {
        return withoutNumbers;
    }

    /** {@link BusinessNameStandardiser#registeredStem} of each registered name, in order ("" for none). */
    String[] registeredStems() {
        return registeredStems;
    }

    /** Traits are derived from the names alone, so equal names give equal traits: records stay equal as values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NameTraits t && Arrays.equals(characterSets, t.characterSets)
                && Arrays.equals(withoutNumbers, t.withoutNumbers)
                && Arrays.equals(registeredStems, t.registeredStems);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(withoutNumbers) * 31 + Arrays.hashCode(registeredStems);
    }

    @Override
    public String toString() {
        return "NameTraits" + Arrays.toString(withoutNumbers);
    }
}
