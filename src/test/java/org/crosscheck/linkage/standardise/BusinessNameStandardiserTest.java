package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessNameStandardiserTest {

    private final BusinessNameStandardiser standardiser = new BusinessNameStandardiser();

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw,                                   standardised
            THE CHICKEN SHOP LTD,                    chicken shop
            Smith & Sons Limited,                    smith
            Joe's Café,                              joes cafe
            'Costcutter (Brackford) Ltd',            costcutter brackford
            A.B. Motors Co.,                         ab motors
            Müller Bakery,                           muller bakery
            'Khan & Co',                             khan
            Patel and Son,                           patel
            Tesco Stores (UK) Limited,               tesco stores
            Bargain Booze UK Ltd,                    bargain booze
            Smith Foods L.L.P.,                      smith foods
            Brackford Community Interest CIC,        brackford community interest
            Green Leaf Cyf,                          green leaf
            Acme Group Ltd,                          acme group
            'Pizza + Pasta Ltd',                     pizza and pasta
            Kebab Hut (2019) Ltd,                    kebab hut 2019
            '  the   corner   cafe  ',               corner cafe
            B & Q plc,                               b and q
            The Company,                             company
            The Co-operative,                        co operative
            Jones Ltd Ltd,                           jones
            """)
    void standardiseRemovesCaseAccentsPunctuationAndLegalSuffixes(String raw, String expected) {
        assertEquals(expected, standardiser.standardise(raw));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw
            '   '
            ''
            '&'
            '...'
            '😀'
            """)
    void standardiseReturnsNullWhenNoLetterOrDigitIsLeft(String raw) {
        assertNull(standardiser.standardise(raw));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw
            THE CHICKEN SHOP LTD
            The Co Ltd
            and co
            A.B. Motors Co.
            """)
    void standardiseIsIdempotent(String raw) {
        String once = standardiser.standardise(raw);
        assertEquals(once, standardiser.standardise(once));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # raw,                                   written as a registered company
            THE CHICKEN SHOP LTD,                    true
            'Kebab Hut (2019) Ltd.',                 true
            Smith Foods L.L.P.,                      true
            Tesco Stores PLC,                        true
            Green Leaf Cyf,                          true
            Smith & Sons,                            false
            'Khan & Co',                             false
            Bargain Booze UK,                        false
            Limited,                                 false
            The Chicken Shop,                        false
            """)
    void hasCompanyFormTellsARegisteredCompanysNameFromATradingName(String raw, boolean expected) {
        assertEquals(expected, BusinessNameStandardiser.hasCompanyForm(raw));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # registered name,                       its stem
            'Smith Retail (2019) Ltd',               smith retail
            Smith Retail Ltd,                        smith retail
            'Adeyemi Retail UK (2018) Limited',      adeyemi retail
            Adeyemi Retail UK Limited,               adeyemi retail
            'Blue Spice (North) (2013) Ltd',         blue spice north
            '24 7 Stores Ltd',                       stores
            """)
    void aRegisteredNamesStemIsTheSameForACompanyAndItsSuccessor(String registered, String stem) {
        assertEquals(stem, BusinessNameStandardiser.registeredStem(standardiser.standardise(registered)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '1 2 3 Ltd'
            '2019'
            """)
    void aRegisteredNameOfNumbersOnlyHasNoStem(String registered) {
        assertNull(BusinessNameStandardiser.registeredStem(standardiser.standardise(registered)));
    }
}
