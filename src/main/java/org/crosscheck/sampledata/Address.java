package org.crosscheck.sampledata;

/**
 * Where a business really is, in its one true spelling; agencies each write it their own way.
 *
 * @param building    flat, unit, stall or floor inside the building, or {@code null}
 * @param houseNumber number on the street ("12", "12A"), or {@code null} for named sites
 * @param street      street name, never {@code null}
 * @param locality    district or village, or {@code null}
 * @param town        post town
 * @param postcode    spaced, upper-case postcode ("BK1 2AB")
 * @param uprn        12-digit unique property reference of the building
 */
record Address(String building, String houseNumber, String street, String locality, String town,
               String postcode, String uprn) {

    /** The number-and-street line: "12 The Broadway", or just the street for named sites. */
    String streetLine() {
        return houseNumber == null ? street : houseNumber + " " + street;
    }

    /** One line, comma-separated, as the ground truth file shows it. */
    String oneLine() {
        StringBuilder sb = new StringBuilder();
        if (building != null) {
            sb.append(building).append(", ");
        }
        sb.append(streetLine());
        if (locality != null) {
            sb.append(", ").append(locality);
        }
        return sb.append(", ").append(town).toString();
    }

    /** The same premises with a different flat/unit/floor designation. */
    Address withBuilding(String newBuilding, String newUprn) {
        return new Address(newBuilding, houseNumber, street, locality, town, postcode, newUprn);
    }
}
