package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                          | e164           | mobile
            07700 900123                   | +447700900123  | true
            +44 7700 900123                | +447700900123  | true
            0044 7700 900123               | +447700900123  | true
            07700-900-123                  | +447700900123  | true
            (01632) 960123                 | +441632960123  | false
            01632960123                    | +441632960123  | false
            Tel: 01632 960123 ext 12       | +441632960123  | false
            020 7946 0018                  | +442079460018  | false
            07911 123456                   | +447911123456  | true
            Mob 07700900123 (John)         | +447700900123  | true
            7700900123                     | +447700900123  | true
            """)
    void parseAllReadsOneNumberInItsUsualForms(String raw, String e164, boolean mobile) {
        assertEquals(List.of(new PhoneNumbers.Phone(e164, mobile)), PhoneNumbers.parseAll(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw                                      | e164s
            07700 900123; 01632 960123                 | +447700900123 +441632960123
            07700 900123 / 01632 960123                | +447700900123 +441632960123
            07700 900123, 01632 960123                 | +447700900123 +441632960123
            07700 900123 or 01632 960123               | +447700900123 +441632960123
            07700 900123 and 01632 960123              | +447700900123 +441632960123
            07700 900123 OR 07700 900123               | +447700900123
            """)
    void parseAllSplitsACellHoldingSeveralNumbers(String raw, String e164s) {
        assertEquals(List.of(e164s.split(" ")), e164s(PhoneNumbers.parseAll(raw)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw
            01632 96012
            123
            n/a
            ''
            +1 555 0100
            """)
    void parseAllDropsNumbersThatCannotBeDialled(String raw) {
        assertEquals(List.of(), PhoneNumbers.parseAll(raw));
    }

    private static List<String> e164s(List<PhoneNumbers.Phone> phones) {
        List<String> out = new ArrayList<>();
        phones.forEach(p -> out.add(p.e164()));
        return out;
    }
}
