package org.crosscheck.linkage.standardise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class StandardisersPropertiesTest {

    private static final List<Standardiser> STANDARDISERS = List.of(
            new BusinessNameStandardiser(), new PersonNameStandardiser(), new PostcodeStandardiser(),
            new PhoneStandardiser(), new CompanyNumberStandardiser());

    @Provide
    Arbitrary<String> realistic() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Ltd", "LIMITED", "t/a", "&", "Flat A", "12-14", "ub13ab", "07700 900123", "é", ",",
                        "  ", "The", "Co", "and", "Unit 3", "High St", "Rd", "St", "Brackford", "BK1 2AB", "Mr",
                        "HALL, James", "(", ")", "sc 123456", "-", "12", "a", "B", "Ground Floor", "gir 0aa", "\n",
                        "ind est", "+44", "ext 12", "aka", "'", "ß", "İ"),
                Arbitraries.strings().ofMaxLength(4));
        return fragment.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    @Property
    void everyStandardiserIsIdempotentOnArbitraryText(@ForAll String s) {
        assertIdempotent(s);
    }

    @Property
    void everyStandardiserIsIdempotentOnRealisticFragments(@ForAll("realistic") String s) {
        assertIdempotent(s);
    }

    @Property
    void aRegisteredStemIsItsOwnStemAndNeverThrows(@ForAll("realistic") String s) {
        String stem = BusinessNameStandardiser.registeredStem(new BusinessNameStandardiser().standardise(s));
        if (stem != null) {
            assertEquals(stem, BusinessNameStandardiser.registeredStem(stem));
        }
        BusinessNameStandardiser.registeredStem(s);
    }

    @Property
    void addressParseNeverThrowsAndSurvivesFormatting(@ForAll("realistic") String s) {
        AddressParts parts = AddressParser.parse(s);
        assertNotNull(parts);
        assertEquals(parts, AddressParser.parse(AddressParser.format(parts)));
    }

    @Property
    void addressParseNeverThrowsOnArbitraryText(@ForAll String s) {
        assertNotNull(AddressParser.parse(s));
        AddressParser.fromParts(s, s, s, s, s, s, s);
    }

    @Property
    void postcodeParsesItsOwnFullForm(@ForAll("realistic") String s) {
        assertPostcodeRoundTrips(Postcode.parse(s));
        assertPostcodeRoundTrips(Postcode.find(s));
    }

    @Property
    void postcodeParsesItsOwnFullFormOnArbitraryText(@ForAll String s) {
        assertPostcodeRoundTrips(Postcode.parse(s));
        assertPostcodeRoundTrips(Postcode.find(s));
    }

    @Property(tries = 30)
    void longCellsNeverThrowAndStayIdempotent(@ForAll @StringLength(min = 5_000, max = 10_000) String s) {
        assertIdempotent(s);
        assertNotNull(AddressParser.parse(s));
        assertNotNull(PhoneNumbers.parseAll(s));
        assertNotNull(NameAliases.split(s));
    }

    @Property
    void helpersNeverThrow(@ForAll String s) {
        assertNotNull(PhoneNumbers.parseAll(s));
        assertNotNull(NameAliases.split(s));
        assertNotNull(PersonNameStandardiser.splitPeople(s));
        PhoneticKeys.nameKey(s);
        CompanyNumbers.standardise(s);
    }

    private static void assertIdempotent(String s) {
        for (Standardiser standardiser : STANDARDISERS) {
            String once = standardiser.standardise(s);
            assertEquals(once, standardiser.standardise(once), standardiser.getClass().getSimpleName());
        }
    }

    private static void assertPostcodeRoundTrips(Postcode postcode) {
        if (postcode != null) {
            assertEquals(postcode, Postcode.parse(postcode.full()));
        }
    }
}
