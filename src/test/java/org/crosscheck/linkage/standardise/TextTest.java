package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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

    // The ASCII fast paths must give exactly what the full Unicode treatment gives, on any ASCII text.

    @Property(tries = 500)
    void asciiFoldAgreesWithTheFullFold(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String s) {
        assertEquals(Text.foldFully(s), Text.fold(s));
    }

    @Property(tries = 500)
    void asciiSpaceCollapsingAgreesWithTheUnicodePattern(
            @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String s) {
        assertEquals(Pattern.compile("[\\s\\p{Z}\\p{C}]+").matcher(s).replaceAll(" ").trim(), Text.collapseSpaces(s));
    }

    @Property(tries = 500)
    void asciiWordsAgreeWithTheUnicodePattern(
            @ForAll @Chars({' ', '-', '\'', '&', '.', '\t'}) @CharRange(from = 'A', to = 'z')
            @CharRange(from = '0', to = '9') @StringLength(max = 40) String s) {
        assertEquals(Pattern.compile("[^\\p{L}\\p{N}]+").matcher(Text.foldFully(s)).replaceAll(" ").trim(),
                Text.toWords(s));
    }
}
