package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNumberStandardiserTest {

    private final CompanyNumberStandardiser standardiser = new CompanyNumberStandardiser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                          | standardised
            1234567                        | 01234567
            01234567                       | 01234567
            sc123456                       | SC123456
            SC 123456                      | SC123456
            sc-12345                       | SC012345
            Company no. 01234567           | 01234567
            Reg No: 1234567                | 01234567
            CRN 09876543                   | 09876543
            OC301234                       | OC301234
            NI 612345                      | NI612345
            R0000123                       | R0000123
            1234567.0                      | 01234567
            86                             | 00000086
            """)
    void standardiseGivesTheEightCharacterNumber(String raw, String expected) {
        assertEquals(expected, standardiser.standardise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw
            123456789
            XX123456
            SC1234567
            00000000
            Tesco 123
            12345 67890
            n/a
            ''
            """)
    void standardiseRejectsImplausibleNumbers(String raw) {
        assertEquals(null, standardiser.standardise(raw));
    }
}
