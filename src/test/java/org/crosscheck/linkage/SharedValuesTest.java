package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.junit.jupiter.api.Test;

class SharedValuesTest {
    private final RecordStandardiser standardiser = new RecordStandardiser();

    private StdRecord record(int index, String name) {
        return standardiser.standardise(index, new StoredRecord(index + 1, 1, AgencyKind.FOOD_HYGIENE, "r" + index,
                "h", Map.of(CanonicalField.BUSINESS_NAME, name, CanonicalField.ADDRESS, "12 High Street, Brackford",
                        CanonicalField.POSTCODE, "BK1 4TF", CanonicalField.CONTACT_NAME, "Mr Kwame Mensah")));
    }

    @Test
    void twoRecordsOfOnePostcodeAndStreetShareOneInstanceOfEachAndKeepEveryValue() {
        StdRecord a = record(0, "Crown Garden");
        StdRecord b = record(1, "Crown Garden Ltd");
        SharedValues shared = new SharedValues();

        StdRecord sa = shared.share(a);
        StdRecord sb = shared.share(b);

        assertEquals(a, sa);
        assertEquals(b, sb);
        assertSame(sa.postcode(), sb.postcode());
        assertSame(sa.street(), sb.street());
        assertSame(sa.names().get(0), sb.names().get(0));
        assertSame(sa.personKeys().get(0), sb.personKeys().get(0));
        assertEquals(List.of("crown garden"), sb.registeredNames());
    }
}
