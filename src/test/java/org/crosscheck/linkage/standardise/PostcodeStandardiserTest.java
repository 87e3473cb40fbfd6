package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeStandardiserTest {

    private final PostcodeStandardiser standardiser = new PostcodeStandardiser();

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw,                 standardised
            ub13ab,                UB1 3AB
            ' UB1  3AB ',          UB1 3AB
            Postcode: UB1 3AB,     UB1 3AB
            UB1 3AB,               UB1 3AB
            UB1,
            n/a,
            ,
            """)
    void standardiseGivesTheWrittenFormOrNull(String raw, String expected) {
        assertEquals(expected, standardiser.standardise(raw));
    }
}
