package org.crosscheck.linkage.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.Comparisons;
import org.crosscheck.linkage.score.ScoredPair;
import org.junit.jupiter.api.Test;

class SupersededCompaniesTest {
    private final RecordStandardiser standardiser = new RecordStandardiser();

    private StdRecord company(int index, String name, String number) {
        return standardiser.standardise(index, new StoredRecord(index, 1, AgencyKind.COMPANIES_HOUSE, "c" + index,
                "h", Map.of(CanonicalField.LEGAL_NAME, name, CanonicalField.COMPANY_NUMBER, number)));
    }

    private static ScoredPair compared(StdRecord a, StdRecord b) {
        return new ScoredPair(a.index(), b.index(), ComparisonVector.compute(Comparisons.standard(), a, b), -20, 0,
                true, false);
    }

    @Test
    void theCompanyWithoutTheLaterNumberIsTheOneReplaced() {
        StdRecord old = company(0, "SMITH RETAIL LTD", "12276086");
        StdRecord successor = company(1, "SMITH RETAIL (2019) LTD", "11770432");
        StdRecord oldAtHmrc = standardiser.standardise(2, new StoredRecord(2, 2, AgencyKind.HMRC, "h", "h",
                Map.of(CanonicalField.TRADING_NAME, "ELITE THAI", CanonicalField.COMPANY_NUMBER, "12276086")));
        boolean[] superseded = SupersededCompanies.find(List.of(old, successor, oldAtHmrc),
                List.of(compared(old, successor)), 0, 2, 0.5);
        // the old company's other records, found by its number, are replaced too
        assertArrayEquals(new boolean[] {true, false, true}, superseded);
    }

    private StdRecord ratepayer(int index, String name) {
        return standardiser.standardise(index, new StoredRecord(index, 3, AgencyKind.BUSINESS_RATES, "r" + index, "h",
                Map.of(CanonicalField.LEGAL_NAME, name)));
    }

    private static ScoredPair linked(StdRecord a, StdRecord b) {
        return new ScoredPair(a.index(), b.index(), ComparisonVector.compute(Comparisons.standard(), a, b), 20, 1,
                false, false);
    }

    @Test
    void aRecordLinkedToAReplacedCompanyByItsRegisteredNameIsReplacedToo() {
        StdRecord ratesOld = ratepayer(0, "BLUE FADE LIMITED");
        StdRecord successor = company(1, "BLUE FADE (2018) LIMITED", "15145214");
        StdRecord hmrcOld = standardiser.standardise(2, new StoredRecord(2, 2, AgencyKind.HMRC, "h", "h",
                Map.of(CanonicalField.LEGAL_NAME, "BLUE FADE LTD", CanonicalField.COMPANY_NUMBER, "13219766")));
        StdRecord companyOld = company(3, "BLUE FADE LIMITED", "13219766");
        boolean[] superseded = SupersededCompanies.find(List.of(ratesOld, successor, hmrcOld, companyOld),
                List.of(compared(ratesOld, successor), linked(ratesOld, hmrcOld)), 0, 2, 0.5);
        // the rates account meets the successor; HMRC's record through its link, Companies House's by number
        assertArrayEquals(new boolean[] {true, false, true, true}, superseded);
    }

    @Test
    void aRegisteredNameAloneDoesNotMakeAnotherRecordReplaced() {
        // standardised, "Adeyemi Retail UK Ltd" and "Adeyemi Retail Ltd" are one name, but they are two companies
        // and no link joins them
        StdRecord replaced = ratepayer(0, "ADEYEMI RETAIL UK LIMITED");
        StdRecord successor = company(1, "ADEYEMI RETAIL UK (2018) LTD", "13540605");
        StdRecord other = company(2, "ADEYEMI RETAIL LIMITED", "12526942");
        boolean[] superseded = SupersededCompanies.find(List.of(replaced, successor, other),
                List.of(compared(replaced, successor), compared(replaced, other)), 0, 2, 0.5);
        assertArrayEquals(new boolean[] {true, false, false}, superseded);
    }

    @Test
    void twoCompaniesNamedAlikeButForANumberInDifferentPlacesReplaceNeither() {
        StdRecord one = standardiser.standardise(0, new StoredRecord(0, 1, AgencyKind.FIRE, "f0", "h", Map.of(
                CanonicalField.BUSINESS_NAME, "CAFE NUMBER 39595 LTD", CanonicalField.ADDRESS, "5 High Street",
                CanonicalField.POSTCODE, "BK6 6AF")));
        StdRecord other = standardiser.standardise(1, new StoredRecord(1, 1, AgencyKind.FIRE, "f1", "h", Map.of(
                CanonicalField.BUSINESS_NAME, "CAFE NUMBER 47514 LTD", CanonicalField.ADDRESS, "6 High Street",
                CanonicalField.POSTCODE, "BK7 7AG")));
        assertArrayEquals(new boolean[] {false, false},
                SupersededCompanies.find(List.of(one, other), List.of(compared(one, other)), 0, 2, 0.5));
    }

    @Test
    void aHigherNumberIsTheLaterCompany() {
        StdRecord earlier = company(0, "BLUE SPICE (2015) LTD", "01");
        StdRecord later = company(1, "BLUE SPICE (2021) LTD", "02");
        assertArrayEquals(new boolean[] {true, false},
                SupersededCompanies.find(List.of(earlier, later), List.of(compared(later, earlier)), 0, 2, 0.5));
    }
}
