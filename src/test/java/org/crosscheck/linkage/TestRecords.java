package org.crosscheck.linkage;

import java.util.List;

/** Builds standardised records for engine tests without going through the standardisers. */
public final class TestRecords {
    private TestRecords() {
    }

    public static StdRecord record(int index, int source, String name, String number, String street, String postcode,
                                   String phone) {
        String district = postcode == null ? null : postcode.split(" ")[0];
        String sector = postcode == null ? null : postcode.substring(0, postcode.length() - 2);
        return new StdRecord(index, 1000 + index, source, name == null ? List.of() : List.of(name),
                name == null ? null : name.toUpperCase().substring(0, Math.min(4, name.length())), null, number, street,
                "brackford", postcode, sector, district, phone == null ? List.of() : List.of(phone), List.of(), null, null,
                List.of(), List.of(), null, false, List.of());
    }
}
