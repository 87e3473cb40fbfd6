package org.crosscheck.linkage.compare;

import java.util.List;

/**
 * What the name comparison asks of each of a record's names in every pair the record is in, worked out once with
 * the record: the name without its numbers, and the set of its characters. A record is in thousands of pairs when
 * u is estimated, and scanning its names again for each was most of what comparing a random pair cost. Immutable.
 */
public final class NameTraits {
    private static final NameTraits NONE = new NameTraits(new long[0], new long[0], new String[0], new String[0]);

    private final long[] characters;
    private final long[] allCharacters;
    private final String[] withoutNumbers;
    private final String[] registeredWithoutNumbers;

    private NameTraits(long[] characters, long[] allCharacters, String[] withoutNumbers,
                       String[] registeredWithoutNumbers) {
        this.characters = characters;
        this.allCharacters = allCharacters;
        this.withoutNumbers = withoutNumbers;
        this.registeredWithoutNumbers = registeredWithoutNumbers;
    }

    /** The traits of a record's names and registered names, in their order. */
    public static NameTraits of(List<String> names, List<String> registeredNames) {
        if (names.isEmpty() && registeredNames.isEmpty()) {
            return NONE;
        }
        long[] characters = new long[names.size()];
        long[] allCharacters = new long[names.size()];
        String[] withoutNumbers = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            characters[i] = Similarity.characters(names.get(i));
            allCharacters[i] = Similarity.allCharacters(names.get(i));
            withoutNumbers[i] = NameComparison.withoutNumbers(names.get(i));
        }
        String[] registered = new String[registeredNames.size()];
        for (int i = 0; i < registered.length; i++) {
            registered[i] = NameComparison.withoutNumbers(registeredNames.get(i));
        }
        return new NameTraits(characters, allCharacters, withoutNumbers, registered);
    }

    /** {@link Similarity#characters} of the i-th name. */
    long characters(int i) {
        return characters[i];
    }

    /** {@link Similarity#allCharacters} of the i-th name. */
    long allCharacters(int i) {
        return allCharacters[i];
    }

    /** {@link NameComparison#withoutNumbers} of the i-th name. */
    String withoutNumbers(int i) {
        return withoutNumbers[i];
    }

    /** {@link NameComparison#withoutNumbers} of the i-th registered name. */
    String registeredWithoutNumbers(int i) {
        return registeredWithoutNumbers[i];
    }

    int names() {
        return withoutNumbers.length;
    }

    int registeredNames() {
        return registeredWithoutNumbers.length;
    }

    /** Traits are derived from the names alone, so equal names give equal traits: records stay equal as values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NameTraits t && java.util.Arrays.equals(characters, t.characters)
                && java.util.Arrays.equals(allCharacters, t.allCharacters)
                && java.util.Arrays.equals(withoutNumbers, t.withoutNumbers)
                && java.util.Arrays.equals(registeredWithoutNumbers, t.registeredWithoutNumbers);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(withoutNumbers) * 31 + java.util.Arrays.hashCode(registeredWithoutNumbers);
    }

    @Override
    public String toString() {
        return "NameTraits" + java.util.Arrays.toString(withoutNumbers);
    }
}
