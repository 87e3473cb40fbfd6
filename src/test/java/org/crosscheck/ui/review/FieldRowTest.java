package org.crosscheck.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldRowTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        BK9 1HL,            bk91hl,              SAME
        The Chicken Shop,   THE CHICKEN SHOP,    SAME
        Restaurant/Cafe,    Restaurant,          SIMILAR
        Alpha Cafe,         Gamma Grill,         DIFFERENT
        Alpha Cafe,         '',                  MISSING
        '',                 '',                  NONE
        """)
    void saysHowTwoValuesAgreeAtAGlance(String left, String right, FieldRow.Agreement expected) {
        assertEquals(expected, FieldRow.of("field", left, right).agreement());
    }
}
