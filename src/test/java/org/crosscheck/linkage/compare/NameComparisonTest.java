package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameComparisonTest {
    private final RecordStandardiser standardiser = new RecordStandardiser();
    private final NameComparison names = new NameComparison();

    private StdRecord legal(String name) {
        return standardiser.standardise(0, new StoredRecord(1, 1, AgencyKind.BUSINESS_RATES, "r", "h",
                Map.of(CanonicalField.LEGAL_NAME, name)));
    }

    private StdRecord trading(String name) {
        return standardiser.standardise(1, new StoredRecord(2, 2, AgencyKind.FOOD_HYGIENE, "f", "h",
                Map.of(CanonicalField.BUSINESS_NAME, name)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # rates' legal name,             other agency's name,                    held as,  level
            SANTOS CATERING (2017) LIMITED,  Santos Catering (2017) Ltd,             legal,    7
            SANTOS CATERING LIMITED,         Santos Catering (2017) Ltd,             legal,    8
            THE RIVERSIDE HOTEL (2013) LTD,  The Riverside Hotel,                    trading,  2
            MIAH CATERING LTD,               Miah Catering Ltd t/a The Classic Swan, trading,  7
            MIAH CATERING LTD,               Miah Catering,                          trading,  1
            MRS S PATEL,                     Elite Thai,                             trading,  0
            SMITH RETAIL LTD,                Patel Holdings Ltd,                     legal,    6
            MRS C SINGH,                     Claire Singh,                           legal,    0
            MRS C SINGH,                     Kamal Patel,                            legal,    6
            # a successor trading under its predecessor's name is still another company
            SILVER GUEST HOUSE LIMITED,      Silver Guest House (2015) Ltd t/a Silver Guest House, legal, 8
            ADEYEMI RETAIL UK LIMITED,       Adeyemi Retail UK (2018) Ltd,           legal,    8
            """)
    void registeredCompanyNamesCompareOnTheirOwnLevels(String rates, String other, String heldAs, int level) {
        assertEquals(level, names.level(legal(rates), heldAs.equals("legal") ? legal(other) : trading(other)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc 123 ltd", "123", "", " ", "unit 4b", "a1b2c3", "  7 days  ", "no numbers here",
        "tab\t9\tname", "12 34 56", "x\u000b5\u000cy", "\u0001 1 a \u0002", "caf\u00e9 \u0663 ok", "42nd street"})
    void withoutNumbersIsWhatTheTwoRegularExpressionsGave(String name) {
        String expected = name.replaceAll("\\d+", " ").replaceAll("\\s+", " ").trim();
        assertEquals(expected, NameComparison.withoutNumbers(name));
    }

    @Test
    void aNumberInsideANameLeavesOneSpace() {
        assertEquals("abc properties ltd", NameComparison.withoutNumbers("abc properties 2 ltd"));
    }

    @Property(tries = 1000)
    void numbersAreTakenOutAsTheRegularExpressionsWould(
            @ForAll @Chars({'a', 'b', ' ', '1', '2', '\t'}) @StringLength(max = 12) String name) {
        assertEquals(name.replaceAll("\\d+", " ").replaceAll("\\s+", " ").trim(),
                NameComparison.withoutNumbers(name));
    }
}
