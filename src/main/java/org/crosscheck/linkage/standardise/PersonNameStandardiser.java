package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Standardises a person's name to "forenames surname" in lower case ("HALL, James" → "james hall",
 * "Mr J. O'Brien" → "j obrien").
 *
 * <p>A name with exactly one comma is read as "surname, forenames" and flipped. Titles (mr, mrs, ms, miss, mx, dr,
 * prof, sir, dame, rev, revd, cllr) are removed wherever they stand, accents are folded, apostrophes removed, other
 * punctuation (hyphens included) becomes a space. Initials are not joined, unlike business names: "j r smith" keeps
 * two initials that may each match a forename. Stateless, thread-safe, never throws, idempotent; returns
 * {@code null} when no name is left.
 */
public final class PersonNameStandardiser implements Standardiser {

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd", "reverend",
            "cllr", "councillor");
    /** Several people in one cell: "&amp;", "+", ";", "/", "|", a new line or the word "and". */
    private static final Pattern PEOPLE_SEPARATORS = Pattern.compile(
            "[&+;/|\\n\\r]+|(?<![\\p{L}\\p{N}])and(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    @Override
    public String standardise(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Text.fold(raw);
        String[] sides = folded.split(",", -1);
        if (sides.length == 2 && !Text.toWords(sides[0]).isEmpty() && !Text.toWords(sides[1]).isEmpty()) {
            folded = sides[1] + " " + sides[0];
        }
        List<String> words = new ArrayList<>();
        for (String word : Text.toWords(folded).split(" ")) {
            if (!word.isEmpty() && !TITLES.contains(word)) {
                words.add(word);
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * Splits a cell naming several people ("John Smith &amp; Mary Smith", "J Smith; A Khan") into one name each.
     *
     * <p>Names come back trimmed, not standardised. A lone forename or title shares the surname of the last person
     * ("John &amp; Mary Smith" → ["John Smith", "Mary Smith"], "Mr &amp; Mrs Khan" → ["Mr Khan", "Mrs Khan"]),
     * because that is how couples are written on licences.
     *
     * @param raw one cell, may be {@code null}
     * @return the names in the order written; empty for {@code null} or blank; never {@code null}
     */
    public static List<String> splitPeople(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String piece : PEOPLE_SEPARATORS.split(raw)) {
            String name = Text.collapseSpaces(piece);
            if (!Text.toWords(name).isEmpty()) {
                names.add(name);
            }
        }
        if (names.size() < 2) {
            return List.copyOf(names);
        }
        String lastName = names.get(names.size() - 1);
        List<String> lastWords = Arrays.asList(lastName.split(" "));
        if (lastWords.size() >= 2 && !lastName.contains(",")) {
            String surname = lastWords.get(lastWords.size() - 1);
            for (int i = 0; i < names.size() - 1; i++) {
                if (!names.get(i).contains(" ") && !names.get(i).contains(",")) {
                    names.set(i, names.get(i) + " " + surname);
                }
            }
        }
        return List.copyOf(names);
    }
}
