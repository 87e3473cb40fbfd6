package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Street-type vocabulary for {@link AddressParser}: abbreviations spelt out and words that end a street name. */
final class StreetNames {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("ln", "lane"), Map.entry("cl", "close"), Map.entry("cres", "crescent"),
            Map.entry("cresc", "crescent"), Map.entry("dr", "drive"), Map.entry("ct", "court"),
            Map.entry("pl", "place"), Map.entry("sq", "square"), Map.entry("gdns", "gardens"),
            Map.entry("gdn", "gardens"), Map.entry("gr", "grove"), Map.entry("gro", "grove"),
            Map.entry("pde", "parade"), Map.entry("terr", "terrace"), Map.entry("ter", "terrace"),
            Map.entry("tce", "terrace"), Map.entry("wy", "way"), Map.entry("bvd", "boulevard"),
            Map.entry("blvd", "boulevard"), Map.entry("hwy", "highway"), Map.entry("mkt", "market"));
    /** Words that end a street name. "park" and "market" are left out: they start streets as often as end them. */
    private static final Set<String> TYPES = Set.of(
            "road", "street", "avenue", "lane", "close", "crescent", "drive", "court", "place", "square", "gardens",
            "grove", "parade", "terrace", "way", "boulevard", "highway", "hill", "row", "walk", "mews", "rise",
            "green", "wharf", "quay", "yard", "broadway", "causeway", "promenade", "circus", "approach", "vale");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

    private StreetNames() {
    }

    /**
     * Spells out abbreviations after the first word ("high st" → "high street"); a first "st" is "saint" and
     * "ind est" is "industrial estate" anywhere.
     */
    static List<String> expand(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals("st")) {
                out.add(i == 0 ? "saint" : "street");
            } else if (token.equals("ind") && (next.equals("est") || next.equals("estate"))) {
                out.add("industrial");
            } else if (token.equals("est") && i > 0 && tokens.get(i - 1).equals("ind")) {
                out.add("estate");
            } else {
                // A leading "Dr" or "Ct" is far more often a name ("Dr Johnson Way") than a street type.
                out.add(i == 0 ? token : ABBREVIATIONS.getOrDefault(token, token));
            }
        }
        return out;
    }

    /** Spells out only "ind est", the one abbreviation common in building and estate names. */
    static List<String> expandEstate(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).equals("ind") && (out.get(i + 1).equals("est") || out.get(i + 1).equals("estate"))) {
                out.set(i, "industrial");
                out.set(i + 1, "estate");
            }
        }
        return out;
    }

    /**
     * Returns how many leading tokens of an expanded street form the street: up to and including the first type
     * word, any type words right after it ("church hill road") and a direction ("station road east"); all tokens
     * when there is no type word.
     */
    static int streetLength(List<String> expanded) {
        int first = firstTypeIndex(expanded);
        if (first < 0) {
            return expanded.size();
        }
        int end = first + 1;
        while (end < expanded.size() && TYPES.contains(expanded.get(end))) {
            end++;
        }
        if (end < expanded.size() && DIRECTIONS.contains(expanded.get(end))) {
            end++;
        }
        return end;
    }

    /** True when the expanded tokens contain a word that ends a street name. */
    static boolean isStreetLike(List<String> expanded) {
        return firstTypeIndex(expanded) >= 0;
    }

    private static int firstTypeIndex(List<String> expanded) {
        for (int i = 0; i < expanded.size(); i++) {
            if (TYPES.contains(expanded.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
