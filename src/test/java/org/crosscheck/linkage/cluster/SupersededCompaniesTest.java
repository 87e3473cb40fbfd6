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
                List.of(compared(old, successor)), 0);
        // the old company's other records, found by its number, are replaced too
        assertArrayEquals(new boolean[] {true, false, true}, superseded);
    }

    @Test
    void aHigherNumberIsTheLaterCompany() {
        StdRecord earlier = company(0, "BLUE SPICE (2015) LTD", "01");
        StdRecord later = company(1, "BLUE SPICE (2021) LTD", "02");
        assertArrayEquals(new boolean[] {true, false},
                SupersededCompanies.find(List.of(earlier, later), List.of(compared(later, earlier)), 0));
    }
}
