package org.crosscheck.linkage.compare;

import java.util.Arrays;
import java.util.List;

/**
 * What the name comparison asks of each of a record's names in every pair the record is in, worked out once with
 * the record: the name without its numbers, and the sets of its characters. A record is in thousands of pairs when
 * u is estimated, and scanning its names again for each was most of what comparing a random pair cost. Kept small,
 * as a million records hold one each: most names have no number, and then the names stand for themselves.
 * Immutable.
 */
public final class NameTraits {
    private static final String[] NO_NAMES = new String[0];
    private static final NameTraits NONE = new NameTraits(new long[0], List.of(), null, NO_NAMES);

    /** For name i, {@link Similarity#characters} at 2i and {@link Similarity#allCharacters} at 2i + 1. */
    private final long[] characterSets;
    private final List<String> names;
    /** Each name without its numbers, or null when every name is its own (has none). */
    private final String[] withoutNumbers;
    private final String[] registeredWithoutNumbers;

    private NameTraits(long[] characterSets, List<String> names, String[] withoutNumbers,
                       String[] registeredWithoutNumbers) {
        this.characterSets = characterSets;
        this.names = names;
        this.withoutNumbers = withoutNumbers;
        this.registeredWithoutNumbers = registeredWithoutNumbers;
    }

    /** The traits of a record's names and registered names, in their order. */
    public static NameTraits of(List<String> names, List<String> registeredNames) {
        if (names.isEmpty() && registeredNames.isEmpty()) {
            return NONE;
        }
        long[] characterSets = new long[2 * names.size()];
        String[] withoutNumbers = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            characterSets[2 * i] = Similarity.characters(name);
            characterSets[2 * i + 1] = Similarity.allCharacters(name);
            String bare = NameComparison.withoutNumbers(name);
            if (!bare.equals(name)) {
                if (withoutNumbers == null) {
                    withoutNumbers = names.toArray(NO_NAMES);
                }
                withoutNumbers[i] = bare;
            }
        }
        String[] registered = registeredNames.isEmpty() ? NO_NAMES : new String[registeredNames.size()];
        for (int i = 0; i < registered.length; i++) {
            registered[i] = NameComparison.withoutNumbers(registeredNames.get(i));
        }
        return new NameTraits(characterSets, names, withoutNumbers, registered);
    }

    /** {@link Similarity#characters} of the i-th name. */
    long characters(int i) {
        return characterSets[2 * i];
    }

    /** {@link Similarity#allCharacters} of the i-th name. */
    long allCharacters(int i) {
        return characterSets[2 * i + 1];
    }

    /** {@link NameComparison#withoutNumbers} of the i-th name. */
    String withoutNumbers(int i) {
        return withoutNumbers == null ? names.get(i) : withoutNumbers[i];
    }

    /** {@link NameComparison#withoutNumbers} of the i-th registered name. */
    String registeredWithoutNumbers(int i) {
        return registeredWithoutNumbers[i];
    }

    int names() {
        return names.size();
    }

    int registeredNames() {
        return registeredWithoutNumbers.length;
    }

    /** Traits are derived from the names alone, so equal names give equal traits: records stay equal as values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NameTraits t && Arrays.equals(characterSets, t.characterSets) && names.equals(t.names)
                && Arrays.equals(withoutNumbers, t.withoutNumbers)
                && Arrays.equals(registeredWithoutNumbers, t.registeredWithoutNumbers);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.hashCode(registeredWithoutNumbers);
    }

    @Override
    public String toString() {
        return "NameTraits" + names;
    }
}
