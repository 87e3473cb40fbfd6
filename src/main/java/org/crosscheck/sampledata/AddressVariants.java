package org.crosscheck.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ways agencies write one address: split into lines or run together, with or without the business
 * name in front, commas after numbers, postcodes squashed or lower case, sometimes missing.
 */
final class AddressVariants {

    private AddressVariants() {
    }

    /** The address as lines: building, number and street, locality (town and postcode are columns). */
    static List<String> lines(Address address, Random random) {
        List<String> lines = new ArrayList<>(3);
        if (address.building() != null) {
            lines.add(address.building());
        }
        lines.add(streetLine(address, random));
        if (address.locality() != null && random.nextInt(4) != 0) {
            lines.add(address.locality());
        }
        return lines;
    }

    /** "12 The Broadway" or, from some keyboards, "12, The Broadway". */
    static String streetLine(Address address, Random random) {
        if (address.houseNumber() != null && random.nextInt(6) == 0) {
            return address.houseNumber() + ", " + address.street();
        }
        return address.streetLine();
    }

    /** The whole address on one line, optionally led by the premises name and ended by the town. */
    static String full(Address address, String premisesName, boolean withTown, Random random) {
        StringBuilder sb = new StringBuilder();
        if (premisesName != null) {
            sb.append(premisesName).append(", ");
        }
        sb.append(String.join(", ", lines(address, random)));
        if (withTown) {
            sb.append(", ").append(address.town());
        }
        return sb.toString();
    }

    /**
     * The postcode as keyed, with {@code messyPercent} chance of it being squashed, lower case or absent.
     */
    static String postcode(String postcode, int messyPercent, Random random) {
        if (random.nextInt(100) >= messyPercent) {
            return postcode;
        }
        switch (random.nextInt(4)) {
            case 0:
            case 1:
                return postcode.replace(" ", "");
            case 2:
                return postcode.toLowerCase(Locale.ROOT);
            default:
                return null;
        }
    }

    /** Line {@code index} of a list, or {@code null} past its end, for fixed "Address Line n" columns. */
    static String line(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : null;
    }
}
