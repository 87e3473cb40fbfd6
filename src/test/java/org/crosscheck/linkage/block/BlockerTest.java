package org.crosscheck.linkage.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.linkage.RecordStandardiser;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.TestRecords;
import org.junit.jupiter.api.Test;

class BlockerTest {

    @Test
    void pairsFromSeveralRulesAreCountedPerRuleAndKeptOnce() {
        List<StdRecord> records = List.of(
                TestRecords.record(0, 1, "alpha cafe", "1", "high street", "BK1 1AA", "7700900001"),
                TestRecords.record(1, 2, "alpha cafe", "1", "high street", "BK1 1AA", "7700900001"),
                TestRecords.record(2, 2, "beta bar", "9", "mill lane", "BK2 2BB", null));
        BlockingResult r = new Blocker(100).block(records, BlockingRules.standard());
        assertEquals(1, r.pairs().length);
        assertEquals(1, r.perRule().get(0).pairs());     // same postcode
        assertEquals(1, r.perRule().get(1).pairs());     // same phone
    }

    @Test
    void anOversizedBlockIsSplitByNameSoundAndReported() {
        List<StdRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // a formation agent's address: 300 companies, 3 of them called "zeta"
            records.add(TestRecords.record(i, 1, i < 3 ? "zeta" : "company " + i, null, null, "EC1V 9QZ", null));
        }
        BlockingResult r = new Blocker(50).block(records, List.of(BlockingRules.standard().get(0)));
        BlockingResult.RuleCount postcode = r.perRule().get(0);
        assertEquals(1, postcode.blocksSplit());
        assertEquals(300, postcode.largestBlock());
        assertEquals(true, r.pairs().length < 300 * 299 / 2 / 10, "far fewer pairs than the whole block");
    }

    private static long[] pairsBy(String rule, List<StdRecord> records) {
        BlockingRule only = BlockingRules.standard().stream().filter(r -> r.name().equals(rule)).findFirst()
                .orElseThrow();
        return new Blocker(100).block(records, List.of(only)).pairs();
    }

    private static final RecordStandardiser STANDARDISER =
            new RecordStandardiser();

    private static StdRecord stored(int index, AgencyKind kind,
                                    Map<CanonicalField, String> values) {
        return STANDARDISER.standardise(index, new StoredRecord(index + 1, index + 1, kind,
                "r" + index, "h", values));
    }

    @Test
    void aDoorPairsRecordsWhoseTownsAreWrittenDifferentlyOrNotAtAll() {
        var address = CanonicalField.ADDRESS;
        var fire = AgencyKind.FIRE;
        List<StdRecord> records = List.of(
                stored(0, fire, Map.of(address, "16, Dover Walk, Millbrook")),
                stored(1, fire, Map.of(address, "16 Dover Walk, Brackford")),
                stored(2, fire, Map.of(address, "Unit 55, Riverside Industrial Estate, Mill Lane")),
                stored(3, fire, Map.of(address, "UNIT 55, MILL LANE, CRANMERE")),
                stored(4, fire, Map.of(address, "18 Dover Walk, Brackford")));
        assertEquals(List.of(LongList.pair(0, 1), LongList.pair(2, 3)), Arrays.stream(
                pairsBy("same house number (or unit) and street", records)).boxed().sorted().toList());
    }

    /** A record naming a person, with the address it gives or none. */
    private static StdRecord person(int index, String number, String street, String postcode) {
        StdRecord r = TestRecords.record(index, index + 1, "business " + index, number, street, postcode, null);
        return new StdRecord(r.index(), r.id(), r.sourceId(), r.names(), r.nameKey(), r.subBuilding(), r.houseNumber(),
                r.street(), r.town(), r.postcode(), r.postcodeSector(), r.postcodeDistrict(), r.phones(), r.mobiles(),
                r.companyNumber(), r.uprn(), List.of("mensah k"), List.of("mensah k"), r.email(), r.legalNameOnly(),
                r.registeredNames());
    }

    @Test
    void aPersonPairsRecordsUnlessBothAreFullAddressesInDifferentPlaces() {
        List<StdRecord> records = List.of(
                person(0, "31", "the broadway", "BK2 5BY"),
                person(1, "12", "mill lane", "BK7 4RL"),
                person(2, null, null, null));
        BlockingRule samePerson = BlockingRules.standard().stream()
                .filter(rule -> rule.name().startsWith("same person")).findFirst().orElseThrow();

        long[] pairs = new Blocker(100).block(records, List.of(samePerson)).pairs();

        // the director's company at a formation agent's office pairs with both shops; the two shops do not pair
        assertEquals(List.of(List.of(0, 2), List.of(1, 2)), Arrays.stream(pairs)
                .mapToObj(p -> List.of(LongList.left(p), LongList.right(p))).sorted(java.util.Comparator
                        .comparing((List<Integer> p) -> p.get(0)).thenComparing(p -> p.get(1))).toList());
    }
}
