package org.crosscheck.linkage.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.Comparisons;
import org.junit.jupiter.api.Test;

class TermFrequenciesTest {
    private final RecordStandardiser standardiser = new RecordStandardiser();
    private int next;

    private StdRecord record(int source, CanonicalField field, String name) {
        next++;
        return standardiser.standardise(next - 1, new StoredRecord(next, source, AgencyKind.FOOD_HYGIENE, "r" + next,
                "h", Map.of(field, name)));
    }

    @Test
    void aRegisteredNameIsOneCompanysThoughShopsTradeUnderTheSameWords() {
        List<StdRecord> records = List.of(
                record(1, CanonicalField.LEGAL_NAME, "RED ASIAN GROCERS LTD"),
                record(2, CanonicalField.LEGAL_NAME, "Red Asian Grocers Limited"),
                record(3, CanonicalField.BUSINESS_NAME, "Red Asian Grocers"),
                record(3, CanonicalField.BUSINESS_NAME, "Red Asian Grocers"));
        TermFrequencies frequencies = new TermFrequencies(Comparisons.standard(), records);

        assertTrue(frequencies.registeredNameHeldByOneCompany("red asian grocers"));
        assertEquals(4, frequencies.count(0, "red asian grocers"));
    }

    @Test
    void aRegisteredNameOneAgencyHoldsTwiceIsTwoCompanies() {
        List<StdRecord> records = List.of(
                record(1, CanonicalField.LEGAL_NAME, "JACKSON GROUP LTD"),
                record(1, CanonicalField.LEGAL_NAME, "Jackson Group Limited"));

        assertFalse(new TermFrequencies(Comparisons.standard(), records).registeredNameHeldByOneCompany(
                "jackson group"));
    }

    @Test
    void aRecordsOwnPostcodeShareIsThePostcodesShare() {
        List<StdRecord> records = List.of(
                record(1, CanonicalField.POSTCODE, "BK1 4TF"),
                record(2, CanonicalField.POSTCODE, "bk14tf"),
                record(3, CanonicalField.POSTCODE, "BK2 5BY"),
                record(3, CanonicalField.BUSINESS_NAME, "No Postcode Stores"));
        var comparisons = Comparisons.standard();
        int location = comparisons.stream().map(c -> c.name()).toList().indexOf("location");
        TermFrequencies frequencies = new TermFrequencies(comparisons, records);

        assertEquals(frequencies.frequency(location, 0, "BK1 4TF"), frequencies.ownFrequency(location, 0, 1));
        assertEquals(2 / 3.0, frequencies.ownFrequency(location, 0, 0), 1e-12);
        assertEquals(-1, frequencies.ownFrequency(location, 0, 3));
    }
}
