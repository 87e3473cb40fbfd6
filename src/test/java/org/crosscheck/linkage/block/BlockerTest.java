package org.crosscheck.linkage.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
        assertEquals(List.of(List.of(0, 2), List.of(1, 2)), java.util.Arrays.stream(pairs)
                .mapToObj(p -> List.of(LongList.left(p), LongList.right(p))).sorted(java.util.Comparator
                        .comparing((List<Integer> p) -> p.get(0)).thenComparing(p -> p.get(1))).toList());
    }
}
