package org.crosscheck.linkage.standardise;

/**
 * A UK address split into the parts that linkage compares, each standardised (lower case, accents folded,
 * punctuation removed, street types spelt out).
 *
 * <p>Every part may be {@code null} when the address does not give it. Immutable and thread-safe.
 *
 * @param subBuilding flat, unit, shop, suite, room or floor ("flat a", "unit 3", "ground floor flat 2")
 * @param buildingName building or business name written before the street ("the chicken shop", "riverside house")
 * @param houseNumber the number on the street ("12", "12a", "12-14")
 * @param street the street with its type spelt out ("high street", "saint marys road")
 * @param locality the district or village before the town, several joined by a space ("eastfield")
 * @param town the post town, the last part before the postcode ("brackford")
 * @param postcode the postcode, see {@link Postcode}
 */
public record AddressParts(String subBuilding, String buildingName, String houseNumber, String street,
        String locality, String town, Postcode postcode) {

    /** The address with no parts at all, returned for blank input. */
    public static final AddressParts EMPTY = new AddressParts(null, null, null, null, null, null, null);
}
