package org.crosscheck.linkage.compare;

import java.util.List;
import java.util.Objects;
import org.crosscheck.linkage.StdRecord;

/**
 * Compares where two businesses are, postcode and street address together: the two are strongly correlated (one
 * postcode covers a few streets), so scoring them as independent comparisons would count the same evidence twice.
 * Levels, best first:
 * <ol start="0">
 * <li>nothing to compare (no postcode, or no street, on a side)</li>
 * <li>same postcode and street address</li>
 * <li>same postcode and street address, a flat or unit on one side only</li>
 * <li>same postcode and street address, different flat or unit (another business in the building)</li>
 * <li>same postcode, a street address on one side only</li>
 * <li>same postcode, different street address</li>
 * <li>same street address, postcode differs within its district (a typing slip)</li>
 * <li>same postcode district, different address</li>
 * <li>different area</li>
 * <li>no postcodes: same street address</li>
 * <li>no postcodes: same street, different number</li>
 * <li>no postcodes: different street</li>
 * </ol>
 * A UPRN names the property, so when both records carry one it decides: the same UPRN is the same address
 * (level 1, whatever the address text says) and different UPRNs are different premises (level 5 or 7).
 * Levels 4 and 5 are term-frequency adjusted on the postcode, and level 9 on the street address, so a market
 * hall's shared postcode or a casino's shared address counts for less than a private one.
 */
public final class LocationComparison implements Comparison {
    /** Same building, different flat or unit: strong evidence of two businesses. */
    public static final int DIFFERENT_UNIT = 3;

    @Override
    public String name() {
        return "location";
    }

    @Override
    public int levelCount() {
        return 12;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        if (a.uprn() != null && b.uprn() != null) {
            if (a.uprn().equals(b.uprn())) {
                return 1;
            }
            boolean samePostcode = a.postcode() != null && a.postcode().equals(b.postcode());
            return samePostcode ? 5 : a.postcodeDistrict() != null && a.postcodeDistrict().equals(b.postcodeDistrict())
                    ? 7 : 8;
        }
        boolean bothPostcodes = a.postcode() != null && b.postcode() != null;
        boolean bothStreets = a.street() != null && b.street() != null;
        if (bothPostcodes) {
            boolean samePostcode = a.postcode().equals(b.postcode());
            if (samePostcode) {
                if (bothStreets && areUnitsOnOneStreet(a, b)) {
                    // a business park's units have no house number: the unit and the street are the address
                    return Objects.equals(a.subBuilding(), b.subBuilding()) ? 1 : DIFFERENT_UNIT;
                }
                if (!bothStreets || a.houseNumber() == null || b.houseNumber() == null) {
                    return 4;
                }
                if (!sameStreetAddress(a, b)) {
                    return 5;
                }
                if (a.subBuilding() == null || b.subBuilding() == null) {
                    return a.subBuilding() == null && b.subBuilding() == null ? 1 : 2;
                }
                return Objects.equals(a.subBuilding(), b.subBuilding()) ? 1 : DIFFERENT_UNIT;
            }
            if (bothStreets && sameStreetAddress(a, b) && a.postcodeDistrict().equals(b.postcodeDistrict())) {
                // a slip in the postcode's last characters; a Church Street in another district is another street
                return 6;
            }
            return a.postcodeDistrict().equals(b.postcodeDistrict()) ? 7 : 8;
        }
        if (!bothStreets) {
            return MISSING;
        }
        if (areUnitsOnOneStreet(a, b)) {
            // as above, a unit with no house number is its own street address ("Unit 47, Mill Lane")
            return Objects.equals(a.subBuilding(), b.subBuilding()) ? 9 : DIFFERENT_UNIT;
        }
        if (sameStreetAddress(a, b)) {
            return 9;
        }
        return sameStreet(a, b) ? 10 : 11;
    }

    /** Neither side has a house number, both name a flat or unit (the same or not), and the street is the same. */
    private static boolean areUnitsOnOneStreet(StdRecord a, StdRecord b) {
        return a.houseNumber() == null && b.houseNumber() == null && a.subBuilding() != null
                && b.subBuilding() != null && sameStreet(a, b);
    }

    private static boolean sameStreet(StdRecord a, StdRecord b) {
        return a.street().equals(b.street()) || Similarity.isJaroWinklerAtLeast(a.street(), b.street(), 0.94);
    }

    private static boolean sameStreetAddress(StdRecord a, StdRecord b) {
        return a.houseNumber() != null && a.houseNumber().equals(b.houseNumber()) && sameStreet(a, b);
    }

    @Override
    public boolean isExactLevel(int level) {
        // a full street address shared by several businesses is told apart by their units (level 3); the
        // frequency that matters is the postcode's, when the street address does not decide (levels 4, 5)
        return level == 4 || level == 5 || level == 9;
    }

    /** Table 0 counts postcodes (levels 4 and 5), table 1 street addresses (level 9). */
    @Override
    public int frequencyTables() {
        return 2;
    }

    @Override
    public int frequencyTable(int level) {
        return level == 9 ? 1 : 0;
    }

    /**
     * Level 9's u counts pairs without postcodes sharing a street address, far rarer than the street address
     * itself: in place of u, a private address's frequency cut it from 16.6 bits to 7.3, and only when the pair's
     * first record lacked the postcode. Levels 4 and 5 keep u replaced: measured on the sample partnership, the
     * typical-value form over-weights a shared postcode (2,826 pairs at "same postcode, street address on one side
     * only" had a mean probability of 0.08 where 0.015 were one business).
     */
    @Override
    public boolean isFrequencyAgainstTypical(int level) {
        return level == 9;
    }

    /** Levels 4 and 5 need the same postcode, which is each record's only value in table 0. */
    @Override
    public boolean sharesOwnValue(int level) {
        return level == 4 || level == 5;
    }

    @Override
    public List<String> frequencyValues(StdRecord r, int table) {
        if (table == 0) {
            return r.postcode() == null ? List.of() : List.of(r.postcode());
        }
        // every record with a street address, postcode or not: a level 9 pair often has a postcode on one side
        return r.houseNumber() == null || r.street() == null ? List.of() : List.of(streetAddressKey(r));
    }

    @Override
    public String exactValue(StdRecord a, StdRecord b, int level) {
        if (level == 9) {
            // without postcodes, a street address several businesses share (a casino's, a shopping centre's) is
            // weaker evidence than a private one; the street names may differ by a slip, so the pair takes the
            // first spelling in order, whichever record is which
            if (a.houseNumber() == null || a.street() == null || b.houseNumber() == null || b.street() == null) {
                return null;
            }
            String ka = streetAddressKey(a);
            String kb = streetAddressKey(b);
            return ka.compareTo(kb) <= 0 ? ka : kb;
        }
        return a.postcode() != null && a.postcode().equals(b.postcode()) ? a.postcode() : null;
    }

    private static String streetAddressKey(StdRecord r) {
        return r.houseNumber() + "|" + r.street();
    }

    /** Whether a level places the two in different premises: another postcode, district or area. */
    public static boolean isElsewhere(int level) {
        return level == 5 || level == 7 || level == 8;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == DIFFERENT_UNIT || level == 5 || level == 7 || level == 8 || level == 10 || level == 11;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> "address missing";
            case 1 -> "same address";
            case 2 -> "same address (flat or unit on one side only)";
            case DIFFERENT_UNIT -> "same building, different flat or unit";
            case 4 -> "same postcode (street address on one side only)";
            case 5 -> "same postcode, different street address";
            case 6 -> "same street address, postcode differs";
            case 7 -> "same postcode district, different address";
            case 8 -> "different area";
            case 9 -> "same street address (no postcodes)";
            case 10 -> "same street, different number (no postcodes)";
            default -> "different street (no postcodes)";
        };
    }
}
