package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    /** Columns: sub-building, building, number, street, locality, town, postcode (blank for null). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # address | sub | building | no | street | locality | town | postcode
            '12, The Broadway, Brackford BK1 2AB' |  |  | 12 | the broadway |  | brackford | BK1 2AB
            'The Chicken Shop, 12 The Broadway, Brackford' |  | the chicken shop | 12 | the broadway |  | brackford |
            'Flat A, 3 High St, Brackford, BK1 2AB' | flat a |  | 3 | high street |  | brackford | BK1 2AB
            'Unit 4 Riverside Ind Est, Mill Lane, Brackford'|unit 4|riverside industrial estate||mill lane||brackford|
            '12A High Street, Brackford' |  |  | 12a | high street |  | brackford |
            '12-14 High Street' |  |  | 12-14 | high street |  |  |
            'Ground Floor, 88 Castle Street, Brackford' | ground floor |  | 88 | castle street |  | brackford |
            'Rear of, 103 High Street, Brackford' | rear |  | 103 | high street |  | brackford |
            'REAR OF 83 MARKET STREET' | rear |  | 83 | market street |  |  |
            'UNIT 3, 12 MILL LANE, EASTFIELD, BRACKFORD, BK1 2AB'|unit 3||12|mill lane|eastfield|brackford|BK1 2AB
            '12 High St Brackford BK1 2AB' |  |  | 12 | high street |  | brackford | BK1 2AB
            '5 St Marys Rd, Brackford' |  |  | 5 | saint marys road |  | brackford |
            'Apartment 2, Riverside House, 7 Quay Ave, Brackford'|flat 2|riverside house|7|quay avenue||brackford|
            'Shop 2, 40 Market Pl, Brackford' | shop 2 |  | 40 | market place |  | brackford |
            'Suite 4, 1st Floor, 9 Church Hill Rd' | suite 4 first floor |  | 9 | church hill road |  |  |
            'Kebab Hut, Brackford, BK1 2AB' |  | kebab hut |  |  |  | brackford | BK1 2AB
            '1 Station Rd East, Brackford, United Kingdom' |  |  | 1 | station road east |  | brackford |
            'Riverside House 12 Mill Lane, Brackford' |  | riverside house | 12 | mill lane |  | brackford |
            '12 Gdns Terr' |  |  | 12 | gdns terrace |  |  |
            '3 Bell Ind Est, Brackford' |  |  | 3 | bell industrial estate |  | brackford |
            """)
    void parseSplitsTheAddressIntoParts(String address, String sub, String building, String number, String street,
            String locality, String town, String postcode) {
        AddressParts expected = new AddressParts(sub, building, number, street, locality, town,
                Postcode.parse(postcode));
        assertEquals(expected, AddressParser.parse(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # address | building | number | street | locality | town | postcode | street key | town | locality
            'Unit 3, 12 Mill Lane, Eastfield' |  |  |  |  | Brackford | bk12ab | 12 mill lane | brackford | eastfield
            'The Chicken Shop' |  | 12 | High St |  | Brackford |  | 12 high street | brackford |
            '' |  |  | 12 High St |  | Brackford |  | 12 high street | brackford |
            '12 Mill Lane, Eastfield, Brackford'||||Eastfield|Brackford||12 mill lane|brackford|eastfield
            """)
    void fromPartsLetsGivenColumnsWin(String address, String building, String number, String street,
            String locality, String town, String postcode, String streetKey, String expectedTown,
            String expectedLocality) {
        AddressParts parts = AddressParser.fromParts(address, building, number, street, locality, town, postcode);
        assertEquals(streetKey, AddressParser.streetKey(parts));
        assertEquals(expectedTown, parts.town());
        assertEquals(expectedLocality, parts.locality());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # address
            'The Chicken Shop, 12 The Broadway, Brackford BK1 2AB'
            'Flat A, 3 High St, Eastfield, Brackford'
            'Unit 4 Riverside Industrial Estate, Mill Lane'
            '12 High St Brackford BK1 2AB'
            'Kebab Hut BK1 2AB'
            """)
    void parseOfFormatGivesTheSameParts(String address) {
        AddressParts parts = AddressParser.parse(address);
        assertEquals(parts, AddressParser.parse(AddressParser.format(parts)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # address
            ''
            '  ,, ; '
            """)
    void parseOfBlankGivesNoParts(String address) {
        assertEquals(AddressParts.EMPTY, AddressParser.parse(address));
        assertNull(AddressParser.format(AddressParser.parse(address)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # address                         | key
            'Flat A, 3 High St'               | 3 high street
            'Kebab Hut, Brackford'            |
            """)
    void streetKeyNeedsNumberAndStreet(String address, String key) {
        assertEquals(key, AddressParser.streetKey(AddressParser.parse(address)));
    }

    @Property(tries = 1000)
    void asciiNormalisingAgreesWithTheUnicodeExpressions(
            @ForAll @Chars({' ', '-', '/', ',', '.', '\'', '\t', '&', 'a', 'b', 'Z'}) @CharRange(from = '0', to = '9')
            @StringLength(max = 30) String s) {
        assertEquals(AddressText.normaliseFully(s), AddressText.normalise(s));
    }

    /** The quick test for a postcode may say yes wrongly, never no wrongly. */
    @Property(tries = 5000)
    void aPartTheQuickTestRulesOutHoldsNoPostcode(
            @ForAll @Chars({'B', 'k', '1', '3', 'a', 'X', ' ', '-', '\t', '\u00A0', '\u212A', '\u017F', ','})
            @StringLength(max = 12) String text) {
        if (!AddressParser.mayHoldPostcode(text)) {
            assertFalse(Postcode.IN_TEXT.matcher(text).find(), () -> "'" + text + "'");
        }
    }
}
