package org.crosscheck.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.ingest.read.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingSuggesterTest {
    private final MappingSuggester suggester = new MappingSuggester();

    @ParameterizedTest
    @CsvSource(textBlock = """
        Premises Name,         BUSINESS_NAME
        Name of Establishment, BUSINESS_NAME
        Trading As,            TRADING_NAME
        T/A,                   TRADING_NAME
        Post Code,             POSTCODE
        Tel,                   PHONE
        Telephone No,          PHONE
        FHRSID,                AGENCY_REF
        Case No,               AGENCY_REF
        Premises Ref,          AGENCY_REF
        Company Reg No,        COMPANY_NUMBER
        DPS Name,              CONTACT_NAME
        Date of Last Visit,    LAST_VISIT_DATE
        Address Line 2,        ADDRESS
        UPRN,                  UPRN
        E-mail,                EMAIL
        Ratepayer,             LEGAL_NAME
        Risk Rating,           RISK_RATING
        """)
    void recognisesTheHeadersAgenciesUse(String header, CanonicalField expected) {
        List<ColumnSuggestion> s = suggester.suggest(List.of(header), List.of());
        assertEquals(expected, s.get(0).field(), s.get(0).reason());
    }

    @Test
    void contentRevealsAPostcodeColumnWithAnUnhelpfulHeader() {
        List<RawRow> rows = List.of(new RawRow(2, List.of("BK1 2AB")), new RawRow(3, List.of("bk12ab")),
                new RawRow(4, List.of("BK9 9ZZ")), new RawRow(5, List.of("BK3 1QX")));
        ColumnSuggestion s = suggester.suggest(List.of("PC"), rows).get(0);
        assertEquals(CanonicalField.POSTCODE, s.field());
        assertTrue(s.reason().contains("100% of values look like postcodes"), s.reason());
    }

    @Test
    void valuesThatContradictTheHeaderLowerTheConfidence() {
        List<RawRow> rows = List.of(new RawRow(2, List.of("Ealing")), new RawRow(3, List.of("Acton")),
                new RawRow(4, List.of("Hanwell")));
        ColumnSuggestion s = suggester.suggest(List.of("Postcode"), rows).get(0);
        assertTrue(s.field() == null || s.confidence() < 0.6, s.toString());
    }

    @Test
    void aSingleValuedFieldGoesToTheBestColumnAndTheOtherFallsBack() {
        List<ColumnSuggestion> s = suggester.suggest(List.of("Premises Name", "Name", "Rateable Value"), List.of());
        assertEquals(CanonicalField.BUSINESS_NAME, s.get(0).field());
        assertTrue(s.get(1).field() != CanonicalField.BUSINESS_NAME);
        assertNull(s.get(2).field());
    }

    @Test
    void addressLinesAllMapToTheAddress() {
        List<ColumnSuggestion> s = suggester.suggest(List.of("Address Line 1", "Address Line 2", "Address Line 3"),
                List.of());
        assertEquals(List.of(CanonicalField.ADDRESS, CanonicalField.ADDRESS, CanonicalField.ADDRESS),
                s.stream().map(ColumnSuggestion::field).toList());
    }
}
