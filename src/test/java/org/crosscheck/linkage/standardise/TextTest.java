package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw            | folded
            Müller           | muller
            Café             | cafe
            Joe's            | joes
            Joe’s            | joes
            Straße           | strasse
            Øster            | oster
            ĠĦAWDEX          | ghawdex
            ﬁsh              | fish
            """)
    void foldLowerCasesAndRemovesAccentsAndApostrophes(String raw, String folded) {
        assertEquals(folded, Text.fold(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                         | collapsed
            '  a   b  '                   | a b
            'a\tb'                        | a b
            """)
    void collapseSpacesLeavesSingleSpaces(String raw, String collapsed) {
        assertEquals(collapsed, Text.collapseSpaces(raw.replace("\\t", "\t")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                    | words
            'A.B. Motors (UK)'       | a b motors uk
            '  '                     | ''
            """)
    void toWordsKeepsOnlyLettersAndDigits(String raw, String words) {
        assertEquals(words, Text.toWords(raw));
    }
}
