package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw,          full,     area, district, sector
            ub13ab,         UB1 3AB,  UB,   UB1,      UB1 3
            ' UB1  3AB ',   UB1 3AB,  UB,   UB1,      UB1 3
            ub1-3ab,        UB1 3AB,  UB,   UB1,      UB1 3
            SW1A 1AA,       SW1A 1AA, SW,   SW1A,     SW1A 1
            m11ae,          M1 1AE,   M,    M1,       M1 1
            W1A0AX,         W1A 0AX,  W,    W1A,      W1A 0
            EC1V 9HX,       EC1V 9HX, EC,   EC1V,     EC1V 9
            gir 0aa,        GIR 0AA,  GIR,  GIR,      GIR 0
            """)
    void parseNormalisesSpacingAndCase(String raw, String full, String area, String district, String sector) {
        assertEquals(new Postcode(full, area, district, sector), Postcode.parse(raw));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw
            UB1
            UB1 3A
            123 456
            1UB 3AB
            UB1 3ABC
            GIR 1AA
            Postcode: UB1 3AB
            ''
            """)
    void parseRejectsWhatIsNotAPostcode(String raw) {
        assertNull(Postcode.parse(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # text                                          | full
            12 High St, Brackford BK1 2AB                   | BK1 2AB
            12 High St, Brackford, bk12ab                   | BK1 2AB
            Moved from UB1 3AB to 4 Mill Lane, UB2 4CD      | UB2 4CD
            BK1 2AB Brackford                               | BK1 2AB
            """)
    void findTakesTheLastPostcodeInFreeText(String text, String full) {
        assertEquals(full, Postcode.find(text).full());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # text
            12 High Street
            Flat 12AB High Street
            ABC12 3DEF
            """)
    void findReturnsNullWithoutAPostcode(String text) {
        assertNull(Postcode.find(text));
    }
}
