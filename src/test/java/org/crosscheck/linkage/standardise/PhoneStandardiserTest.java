package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneStandardiserTest {

    private final PhoneStandardiser standardiser = new PhoneStandardiser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                              | standardised
            07700 900123                       | +447700900123
            (01632) 960123 / 07700 900123      | +441632960123
            +447700900123                      | +447700900123
            none                               |
            ''                                 |
            """)
    void standardiseGivesTheFirstNumberInE164(String raw, String expected) {
        assertEquals(expected, standardiser.standardise(raw));
    }
}
