package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationComparisonTest {
    private final RecordStandardiser standardiser = new RecordStandardiser();
    private final LocationComparison location = new LocationComparison();

    private StdRecord at(int index, String address, String postcode) {
        return standardiser.standardise(index, new StoredRecord(index + 1, 1, AgencyKind.FOOD_HYGIENE, "r" + index,
                "h", Map.of(CanonicalField.ADDRESS, address, CanonicalField.POSTCODE, postcode)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # one address,              other address,          level
            'Unit 17, Mill Lane',       'Unit 17, Mill Lane',   1
            'Unit 17, Mill Lane',       'Unit 21, Mill Lane',   3
            'Unit 17, Mill Lane',       'Mill Lane',            4
            '12 Mill Lane',             '12 Mill Lane',         1
            'Flat 2, 12 Mill Lane',     'Flat 3, 12 Mill Lane', 3
            """)
    void aBusinessParksUnitsWithoutHouseNumbersAreTheirAddress(String one, String other, int level) {
        assertEquals(level, location.level(at(0, one, "BK10 8UF"), at(1, other, "BK10 8UF")));
    }

    private StdRecord withoutPostcode(int index, String address) {
        return standardiser.standardise(index, new StoredRecord(index + 1, 1, AgencyKind.FIRE, "r" + index, "h",
                Map.of(CanonicalField.ADDRESS, address)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # the fire service's address, no postcode,          the other's, with one,             level
            'Unit 47, Riverside Industrial Estate, Mill Lane',  'Unit 47, Mill Lane, Cranmere',   9
            'Unit 47, Riverside Industrial Estate, Mill Lane',  'Unit 48, Mill Lane, Cranmere',   3
            '12 Mill Lane',                                     '12 Mill Lane, Cranmere',         9
            '12 Mill Lane',                                     '14 Mill Lane, Cranmere',         10
            """)
    void aUnitWithoutAHouseNumberIsItsAddressWhenOneSideHasNoPostcode(String fire, String other, int level) {
        assertEquals(level, location.level(withoutPostcode(0, fire), at(1, other, "BK10 8UF")));
    }
}
