package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameStandardiserTest {

    private final PersonNameStandardiser standardiser = new PersonNameStandardiser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                       | standardised
            HALL, James                 | james hall
            Mr James Hall               | james hall
            Hall, Mr James              | james hall
            Dr. Amélie  Müller          | amelie muller
            Mrs J. O'Brien              | j obrien
            Cllr Sarah Smith-Jones      | sarah smith jones
            REV. DAVID PRICE            | david price
            Prof Sir Ian Blake          | ian blake
            Miss Zoë Ní Bhriain         | zoe ni bhriain
            """)
    void standardiseFlipsSurnameFirstAndRemovesTitles(String raw, String expected) {
        assertEquals(expected, standardiser.standardise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw
            Mr
            ', '
            ''
            """)
    void standardiseReturnsNullWhenNoNameIsLeft(String raw) {
        assertNull(standardiser.standardise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                          | names
            John Smith & Mary Smith        | John Smith;Mary Smith
            J Smith; A Khan                | J Smith;A Khan
            John and Mary Smith            | John Smith;Mary Smith
            Mr & Mrs Khan                  | Mr Khan;Mrs Khan
            HALL, James                    | HALL, James
            Anna Patel                     | Anna Patel
            """)
    void splitPeopleSeparatesEachPerson(String raw, String names) {
        assertEquals(List.of(names.split(";")), PersonNameStandardiser.splitPeople(raw));
    }
}
