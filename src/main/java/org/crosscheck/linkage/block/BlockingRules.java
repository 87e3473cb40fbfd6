package org.crosscheck.linkage.block;

import java.util.List;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.LocationComparison;
import org.crosscheck.linkage.score.Scorer;

/**
 * The standard blocking rules, joined by OR: any one of them makes a pair a candidate. Together they catch
 * the same business however each agency wrote it, without ever comparing all pairs.
 */
public final class BlockingRules {
    private BlockingRules() {
    }

    public static List<BlockingRule> standard() {
        return List.of(
                rule("same postcode", (r, out) -> {
                    if (r.postcode() != null) {
                        out.accept(r.postcode());
                    }
                }),
                rule("same phone", (r, out) -> r.phones().forEach(out)),
                rule("same company number", (r, out) -> {
                    if (r.companyNumber() != null) {
                        out.accept(r.companyNumber());
                    }
                }),
                rule("same UPRN", (r, out) -> {
                    if (r.uprn() != null) {
                        out.accept(r.uprn());
                    }
                }),
                rule("same name sound in postcode district", (r, out) -> {
                    if (r.nameKey() != null && r.postcodeDistrict() != null) {
                        out.accept(r.postcodeDistrict() + "|" + r.nameKey());
                    }
                }),
                new BlockingRule() {
                    private final LocationComparison location = new LocationComparison();

                    @Override
                    public String name() {
                        return "same person (surname and initial)";
                    }

                    @Override
                    public void keys(StdRecord r, java.util.function.Consumer<String> out) {
                        r.personKeys().forEach(out);
                    }

                    /**
                     * Not two full addresses in different places: a business is run from one premises, so such a
                     * pair is never linked, and clustering keeps two premises apart without it. Area-wide, a common
                     * surname and initial pairs thousands of records across town; at a million records this rule
                     * gave 6 M of the 35 M candidates, most of them such pairs.
                     */
                    @Override
                    public boolean accepts(StdRecord a, StdRecord b) {
                        return !(Scorer.hasFullAddress(a) && Scorer.hasFullAddress(b)
                                && LocationComparison.isElsewhere(location.level(a, b)));
                    }
                },
                // not the town: an agency writes the locality ("16, Dover Walk, Millbrook") where another writes
                // the town, or none, and the town comparison weighs it; a unit with no house number ("Unit 55, Mill
                // Lane") is its own door
                rule("same house number (or unit) and street", (r, out) -> {
                    String door = r.houseNumber() != null ? r.houseNumber() : r.subBuilding();
                    if (door != null && r.street() != null) {
                        out.accept(door + "|" + r.street());
                    }
                }),
                new BlockingRule() {
                    @Override
                    public String name() {
                        return "same name sound, either without a postcode";
                    }

                    @Override
                    public void keys(StdRecord r, java.util.function.Consumer<String> out) {
                        if (r.nameKey() != null) {
                            out.accept(r.nameKey());
                        }
                    }

                    @Override
                    public boolean accepts(StdRecord a, StdRecord b) {
                        // with postcodes on both sides, the district rule above has already paired them
                        return a.postcode() == null || b.postcode() == null;
                    }
                });
    }

    /** A rule from a name and a key function. */
    public static BlockingRule rule(String name, java.util.function.BiConsumer<StdRecord,
            java.util.function.Consumer<String>> keys) {
        return new BlockingRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void keys(StdRecord record, java.util.function.Consumer<String> out) {
                keys.accept(record, out);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
