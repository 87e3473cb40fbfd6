package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # first               | second
            kwik kebab            | quick kebab
            the chicken shop      | chicken shop
            smith and sons        | smyth sons
            house of spice        | house spice
            7 eleven stores       | eleven stores
            """)
    void nameKeyAgreesForSoundAlikeNames(String first, String second) {
        assertEquals(PhoneticKeys.nameKey(first), PhoneticKeys.nameKey(second));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # name                | key
            kwik kebab            | KK KPP
            chicken shop express  | XKN XP
            pizza                 | PS
            """)
    void nameKeyUsesTheFirstTwoSignificantWords(String name, String key) {
        assertEquals(key, PhoneticKeys.nameKey(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # name
            ''
            the and of
            2019
            """)
    void nameKeyIsNullWithoutASignificantWord(String name) {
        assertNull(PhoneticKeys.nameKey(name));
    }
}
