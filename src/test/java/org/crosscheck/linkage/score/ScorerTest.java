package org.crosscheck.linkage.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.TestModels;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.Comparisons;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final int SAME_STREET_ADDRESS_WITHOUT_POSTCODES = 9;
    private final RecordStandardiser standardiser = new RecordStandardiser();
    private final List<Comparison> comparisons = Comparisons.standard();
    private final int location = comparisons.stream().map(Comparison::name).toList().indexOf("location");
    private final List<StdRecord> records = new ArrayList<>();

    private StdRecord add(String address, String postcode) {
        Map<CanonicalField, String> values = new HashMap<>();
        values.put(CanonicalField.ADDRESS, address);
        if (postcode != null) {
            values.put(CanonicalField.POSTCODE, postcode);
        }
        int index = records.size();
        StdRecord r = standardiser.standardise(index, new StoredRecord(index + 1, 1 + index % 3,
                AgencyKind.FOOD_HYGIENE, "r" + index, "h", values));
        records.add(r);
        return r;
    }

    /** Every level even, but a street address shared without postcodes is rare among random pairs. */
    private Scorer scorer() {
        double[][] m = TestModels.evenShares(comparisons);
        double[][] u = TestModels.evenShares(comparisons);
        m[location][SAME_STREET_ADDRESS_WITHOUT_POSTCODES] = 0.03;
        u[location][SAME_STREET_ADDRESS_WITHOUT_POSTCODES] = 3e-6;
        FellegiSunterModel model = new FellegiSunterModel(comparisons.stream().map(Comparison::name).toList(), m, u,
                1e-4);
        return new Scorer(comparisons, model, new TermFrequencies(comparisons, records));
    }

    private double locationBits(Scorer scorer, StdRecord a, StdRecord b) {
        long vector = ComparisonVector.compute(comparisons, a, b);
        assertEquals(SAME_STREET_ADDRESS_WITHOUT_POSTCODES, ComparisonVector.level(vector, location));
        return scorer.partialWeight(location, a, b, vector);
    }

    /** Addresses each held by two records, as a business's address is by two agencies. */
    private void addPairsOfRecordsAtPrivateAddresses(int addresses) {
        for (int n = 1; n <= addresses; n++) {
            add(n + " Mill Lane, Brackford", null);
            add(n + " Mill Lane, Brackford", null);
        }
    }

    @Test
    void aPrivateStreetAddressWithoutPostcodesKeepsItsLevelsWeightWhicheverRecordHasThePostcode() {
        addPairsOfRecordsAtPrivateAddresses(10);
        StdRecord withPostcode = add("64 High Street, Brackford", "BK1 7AF");
        StdRecord without = add("64 High Street, Brackford", null);
        Scorer scorer = scorer();

        double levelBits = FellegiSunterModel.log2(0.03 / 3e-6);
        assertEquals(levelBits, locationBits(scorer, withPostcode, without), 1e-9);
        assertEquals(levelBits, locationBits(scorer, without, withPostcode), 1e-9);
    }

    @Test
    void aStreetAddressManyBusinessesShareCountsForLessThanAPrivateOne() {
        addPairsOfRecordsAtPrivateAddresses(40);
        List<StdRecord> casino = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            casino.add(add("3 Leisure Way, Brackford", null));
        }
        StdRecord a = add("64 High Street, Brackford", null);
        StdRecord b = add("64 High Street, Brackford", null);
        Scorer scorer = scorer();

        double shared = locationBits(scorer, casino.get(0), casino.get(1));
        double privateAddress = locationBits(scorer, a, b);
        assertEquals(FellegiSunterModel.log2(0.03 / 3e-6), privateAddress, 1e-9);
        assertTrue(shared < privateAddress - 1, shared + " bits for the shared address, " + privateAddress
                + " for the private one");
    }

    @Test
    void alikeTradesAreNoEvidenceButDifferentTradesAreEvidenceAgainst() {
        StdRecord cafe = addWithType("12 The Broadway, Brackford", "Restaurant/Cafe/Canteen");
        StdRecord shop = addWithType("12 The Broadway, Brackford", "SHOP AND PREMISES");
        StdRecord warehouse = addWithType("12 The Broadway, Brackford", "WAREHOUSE AND PREMISES");
        int trade = comparisons.stream().map(Comparison::name).toList().indexOf("trade");
        double[][] m = TestModels.evenShares(comparisons);
        double[][] u = TestModels.evenShares(comparisons);
        m[trade] = new double[] {1, 0.99, 0.01};
        u[trade] = new double[] {1, 0.5, 0.5};
        Scorer scorer = new Scorer(comparisons, new FellegiSunterModel(
                comparisons.stream().map(Comparison::name).toList(), m, u, 1e-4),
                new TermFrequencies(comparisons, records));

        assertEquals(0.0, scorer.partialWeight(trade, cafe, shop, ComparisonVector.compute(comparisons, cafe, shop)));
        assertEquals(FellegiSunterModel.log2(0.01 / 0.5), scorer.partialWeight(trade, cafe, warehouse,
                ComparisonVector.compute(comparisons, cafe, warehouse)), 1e-9);
    }

    private StdRecord addWithType(String address, String type) {
        StdRecord r = add(address, "BK2 5BY");
        Map<CanonicalField, String> values = new HashMap<>();
        values.put(CanonicalField.ADDRESS, address);
        values.put(CanonicalField.POSTCODE, "BK2 5BY");
        values.put(CanonicalField.BUSINESS_TYPE, type);
        StdRecord typed = standardiser.standardise(r.index(), new StoredRecord(r.index() + 1, 1, AgencyKind.FIRE,
                "t" + r.index(), "h", values));
        records.set(r.index(), typed);
        return typed;
    }
}
