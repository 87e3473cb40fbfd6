package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.crosscheck.domain.CanonicalField;

class RecordStandardiserPropertiesTest {

    @Property(tries = 2000)
    void wordsAreCountedAsSplittingOnWhiteSpaceDoes(
            @ForAll @Chars({'a', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u001c'}) @StringLength(max = 12)
            String raw) {
        String s = raw.trim();
        Assume.that(!s.isEmpty());
        assertEquals(s.split("\\s+").length, RecordStandardiser.wordCount(s), () -> "'" + s + "'");
    }

    @Property(tries = 1000)
    void aLegalNameOfTwoOrThreePlainWordsIsAPerson(
            @ForAll @Chars({'a', 'm', 'r', 'd', ' ', '.', '1'}) @StringLength(min = 1, max = 12) String raw) {
        // the old form of the rule, with the title pattern and a regular-expression split asked of every name
        String s = raw.trim();
        Assume.that(!raw.isBlank());
        boolean title = s.matches("(?i)^(mr|mrs|ms|miss|mx|dr)\\.?\\s.*");
        int words = s.split("\\s+").length;
        boolean person = title || (words >= 2 && words <= 3 && !s.matches(".*\\d.*"));
        assertEquals(person, RecordStandardiser.isPerson(raw, CanonicalField.LEGAL_NAME), () -> "'" + raw + "'");
        assertEquals(title, RecordStandardiser.isPerson(raw, CanonicalField.BUSINESS_NAME), () -> "'" + raw + "'");
    }
}
