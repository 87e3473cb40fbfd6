package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameAliasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                                  | first           | second
            Smith Foods Ltd t/a Pizza Go           | Smith Foods Ltd | Pizza Go
            Smith Foods Ltd trading as Pizza Go    | Smith Foods Ltd | Pizza Go
            SMITH FOODS LTD T/A PIZZA GO           | SMITH FOODS LTD | PIZZA GO
            Smith Foods Ltd (t/a Pizza Go)         | Smith Foods Ltd | Pizza Go
            Smith Foods Ltd - trading as Pizza Go  | Smith Foods Ltd | Pizza Go
            Smith Foods Ltd aka Pizza Go           | Smith Foods Ltd | Pizza Go
            Smith Foods Ltd, T.A. Pizza Go         | Smith Foods Ltd | Pizza Go
            Smith Foods Ltd Trading As: Pizza Go   | Smith Foods Ltd | Pizza Go
            Stephen Okafor TA Blue Cuts            | Stephen Okafor  | Blue Cuts
            """)
    void splitSeparatesTheLegalNameFromTheTradingName(String raw, String first, String second) {
        assertEquals(List.of(first, second), NameAliases.split(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw
            Aka Sushi
            Kakadu Takeaway
            Tata Steel
            Pizza Go t/a
            STEPHEN OKAFOR TA BLUE CUTS
            Phở Ta Kitchen
            Brackford TA centre
            """)
    void splitKeepsANameWithoutASeparatorWhole(String raw) {
        assertEquals(List.of(raw), NameAliases.split(raw));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ''
            '   '
            """)
    void splitReturnsNothingForBlank(String raw) {
        assertEquals(List.of(), NameAliases.split(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                        | names
            A Ltd t/a B aka C            | A Ltd;B;C
            '  Joe''s Cafe  '            | Joe's Cafe
            """)
    void splitTrimsEveryName(String raw, String names) {
        assertEquals(List.of(names.split(";")), NameAliases.split(raw));
    }

    /** The quick test for a separator may say yes wrongly, never no wrongly: split must agree with the pattern. */
    @Property(tries = 5000)
    void skippingThePatternWhenNoSeparatorCanStartChangesNothing(
            @ForAll @Chars({'t', 'T', 'a', 'A', 'k', 'r', 'd', 'i', 'n', 'g', 's', 'L', '/', '.', ' ', '-', ',', '(',
                    ')', '\t', '1', 'x'}) @StringLength(min = 1, max = 16) String raw) {
        Assume.that(!raw.isBlank());
        List<String> byPattern = NameAliases.splitAtSeparators(raw);
        assertEquals(byPattern.isEmpty() ? List.of(raw.trim()) : byPattern, NameAliases.split(raw),
                () -> "'" + raw + "'");
    }

    @Property(tries = 3000)
    void edgePunctuationIsTrimmedAsThePatternTrimsIt(
            @ForAll @Chars({'a', ' ', '-', '\u2013', '\u2014', ',', ':', ';', '\t', '\n', '\u000B', '.', '('})
            @StringLength(max = 10) String piece) {
        assertEquals(NameAliases.EDGE_PUNCTUATION.matcher(piece).replaceAll(""),
                NameAliases.withoutEdgePunctuation(piece));
    }

    @Test
    void aCellWithoutASeparatorIsOneName() {
        assertEquals(List.of("The Chicken Shop"), NameAliases.split("  The Chicken Shop, "));
        assertEquals(List.of("Aka Sushi"), NameAliases.split("Aka Sushi"));
    }
}
