package org.crosscheck.linkage.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.crosscheck.linkage.score.ScoredPair;
import org.junit.jupiter.api.Test;

class ClustererTest {
    /** Evidence with a prior of -11 bits and the given bits per comparison for each pair. */
    private static CombinedEvidence.PairEvidence priorMinus11(java.util.function.Function<ScoredPair, double[]> bits) {
        return new CombinedEvidence.PairEvidence() {
            @Override
            public double[] partialWeights(ScoredPair p) {
                return bits.apply(p);
            }

            @Override
            public double priorWeight() {
                return -11;
            }
        };
    }

    /** The clusterer holds pairs in arrays and hands out copies: a pair is known by its two records. */
    private static boolean same(ScoredPair p, ScoredPair q) {
        return p.left() == q.left() && p.right() == q.right() && p.strongAgainst() == q.strongAgainst();
    }

    private static ScoredPair pair(int a, int b, double p, boolean against) {
        return new ScoredPair(a, b, 0, Math.log(p / (1 - p)) / Math.log(2), p, against, false);
    }

    @Test
    void linksAboveTheThresholdFormConnectedComponents() {
        var c = new Clusterer().cluster(5, List.of(pair(0, 1, 0.99, false), pair(1, 2, 0.95, false),
                pair(3, 4, 0.5, false)), 0.9, List.of(), List.of());
        assertEquals(c.clusterOf()[0], c.clusterOf()[2]);
        assertNotEquals(c.clusterOf()[3], c.clusterOf()[4]);
    }

    @Test
    void neverChainsAcrossAPairWithStrongEvidenceAgainst() {
        // 0-1 and 1-2 are strong links, but 0 and 2 have different company numbers: 1 joins only the stronger
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), pair(1, 2, 0.95, false),
                pair(0, 2, 0.001, true)), 0.9, List.of(), List.of());
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[2]);
        assertEquals(1, c.refusedLinks());
    }

    @Test
    void aPersonsNotAMatchBeatsTheModel() {
        var c = new Clusterer().cluster(2, List.of(pair(0, 1, 0.999, false)), 0.9, List.of(),
                List.of(new Clusterer.IndexPair(0, 1)));
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[1]);
    }

    @Test
    void aPersonsMatchBeatsTheModelsEvidenceAgainst() {
        var c = new Clusterer().cluster(2, List.of(pair(0, 1, 0.01, true)), 0.9,
                List.of(new Clusterer.IndexPair(0, 1)), List.of());
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
    }

    @Test
    void aPersonsMatchBeatsTheModelsEvidenceAgainstTwoOtherRecordsOfTheBusinesses() {
        // 0-1 linked by the model; a person says 1 and 2 are one business; the model says 0 and 2 are not: the
        // model's own link gives way, not the person's decision
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.95, false), pair(0, 2, 0.001, true)), 0.9,
                List.of(new Clusterer.IndexPair(1, 2)), List.of());
        assertEquals(c.clusterOf()[1], c.clusterOf()[2]);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[1]);
    }

    @Test
    void neverChainsTwoPremisesTogetherThroughARecordWithoutAnAddress() {
        // a company record with no address links to a shop at 1 High St and one at 9 Mill Lane (records 1, 2)
        ScoredPair shops = pair(1, 2, 0.02, false);
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), pair(0, 2, 0.95, false), shops), 0.9,
                List.of(), List.of(), p -> same(p, shops), null, new boolean[3], Premises.NONE);
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
        assertNotEquals(c.clusterOf()[1], c.clusterOf()[2]);
    }

    @Test
    void keepsTwoPremisesApartThoughNoCandidatePairComparedThem() {
        // "The Crown & Anchor" in two districts (records 1, 2) is never paired by blocking; a record naming only
        // "The Crown & Anchor" (0) links to both
        Premises twoPubs = premises(r -> r != 0, (a, b) -> true);
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), pair(0, 2, 0.95, false)), 0.9,
                List.of(), List.of(), p -> false, null, new boolean[3], twoPubs);
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
        assertNotEquals(c.clusterOf()[1], c.clusterOf()[2]);
        assertEquals(1, c.refusedLinks());
    }

    @Test
    void businessesAPersonMergedKeepAllTheirRecordsThoughTheirPremisesDiffer() {
        // records 0, 1 trade at 5 High Street, records 2, 3 at 6 High Street; a person merged the two businesses
        Premises twoShops = premises(r -> true, (a, b) -> (a < 2) != (b < 2));
        var c = new Clusterer().cluster(4, List.of(pair(0, 1, 0.99, false), pair(2, 3, 0.99, false)), 0.9,
                List.of(new Clusterer.IndexPair(0, 2)), List.of(), p -> false, null, new boolean[4], twoShops);
        for (int r = 1; r < 4; r++) {
            assertEquals(c.clusterOf()[0], c.clusterOf()[r]);
        }
    }

    @Test
    void aLinkBetweenTwoPremisesItselfStrongEnoughIsKept() {
        // one agency mistyped the postcode: the pair itself is compared and linked, so its premises do not part it
        Premises typo = premises(r -> true, (a, b) -> true);
        var c = new Clusterer().cluster(2, List.of(pair(0, 1, 0.99, false)), 0.9, List.of(), List.of(),
                p -> false, null, new boolean[2], typo);
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
    }

    @Test
    void joinsTwoBusinessesWhoseRecordsTogetherAgreeThoughNoPairDoes() {
        // record 2 (a company at an agent's office) shares its name with record 0 and its director with record 1;
        // each pair alone is weak (-3 bits), but name (+8) and person (+8) together outweigh the prior (-11)
        ScoredPair nameOnly = pair(0, 2, 0.11, false);
        ScoredPair personOnly = pair(1, 2, 0.11, false);
        double nan = Double.NaN;
        CombinedEvidence.PairEvidence evidence = priorMinus11(p -> same(p, nameOnly) ? new double[] {8, nan}
                : same(p, personOnly) ? new double[] {nan, 8} : new double[] {8, 8});
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), nameOnly, personOnly), 0.5, List.of(),
                List.of(), p -> false, evidence, new boolean[3], Premises.NONE);
        assertEquals(c.clusterOf()[0], c.clusterOf()[2]);
    }

    @Test
    void combinedEvidenceCountsEachComparisonOnceNotOncePerRecord() {
        // the same name agrees with both records of the business: still 8 bits, not 16, so no join
        ScoredPair first = pair(0, 2, 0.11, false);
        ScoredPair second = pair(1, 2, 0.11, false);
        CombinedEvidence.PairEvidence evidence = priorMinus11(p -> new double[] {8, Double.NaN});
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), first, second), 0.5, List.of(),
                List.of(), p -> false, evidence, new boolean[3], Premises.NONE);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[2]);
    }

    @Test
    void combinedEvidenceNeverJoinsAcrossEvidenceAgainst() {
        ScoredPair nameOnly = pair(0, 2, 0.11, false);
        ScoredPair personOnly = pair(1, 2, 0.11, false);
        ScoredPair differentCompanies = pair(0, 2, 0.001, true);
        CombinedEvidence.PairEvidence evidence = priorMinus11(p -> same(p, nameOnly) ? new double[] {8, Double.NaN}
                : new double[] {Double.NaN, 8});
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), nameOnly, personOnly,
                differentCompanies), 0.5, List.of(), List.of(), p -> false, evidence, new boolean[3], Premises.NONE);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[2]);
    }

    @Test
    void aRecordFittingACompanyAndItsSuccessorJoinsTheSuccessor() {
        // record 0: "Smith Retail Ltd" (replaced), record 1: "Smith Retail (2019) Ltd", record 2: the shop's food
        // registration, which fits both (the old company's link is even a little stronger)
        boolean[] superseded = {true, false, false};
        var c = new Clusterer().cluster(3, List.of(pair(0, 2, 0.99, false), pair(1, 2, 0.98, false),
                pair(0, 1, 0.0001, true)), 0.5, List.of(), List.of(), p -> false, null, superseded,
                Premises.NONE);
        assertEquals(c.clusterOf()[1], c.clusterOf()[2]);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[2]);
    }

    @Test
    void aReplacedCompanyKeepsOnlyItsOwnRecords() {
        // records 0 and 1: "Smith Retail Ltd" at Companies House and at HMRC (both replaced); record 2: the shop's
        // food registration, which only the old company's records reach (the successor is registered elsewhere)
        boolean[] superseded = {true, true, false};
        var c = new Clusterer().cluster(3, List.of(pair(0, 1, 0.99, false), pair(1, 2, 0.99, false)), 0.5,
                List.of(), List.of(), p -> false, null, superseded, Premises.NONE);
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
        assertNotEquals(c.clusterOf()[1], c.clusterOf()[2]);
    }

    @Test
    void ofTwoEqualLinksAcrossACannotLinkTheOneScoredFirstWins() {
        // 0 and 2 must stay apart; 1-2 and 0-1 weigh the same, so 1-2, listed first, takes record 1
        ScoredPair against = pair(0, 2, 0.001, true);
        var c = new Clusterer().cluster(3, List.of(against, pair(1, 2, 0.95, false), pair(0, 1, 0.95, false)), 0.9,
                List.of(), List.of());
        assertEquals(c.clusterOf()[1], c.clusterOf()[2]);
        assertNotEquals(c.clusterOf()[0], c.clusterOf()[1]);
    }

    @Test
    void aCannotLinkBetweenRecordsNoLinkCouldJoinChangesNothing() {
        var c = new Clusterer().cluster(4, List.of(pair(0, 1, 0.99, false), pair(2, 3, 0.001, true)), 0.9,
                List.of(), List.of());
        assertEquals(c.clusterOf()[0], c.clusterOf()[1]);
        assertNotEquals(c.clusterOf()[2], c.clusterOf()[3]);
        assertEquals(0, c.refusedLinks());
    }

    private static Premises premises(java.util.function.IntPredicate known,
                                     java.util.function.BiPredicate<Integer, Integer> different) {
        return new Premises() {
            @Override
            public boolean isKnown(int record) {
                return known.test(record);
            }

            @Override
            public boolean areDifferent(int a, int b) {
                return different.test(a, b);
            }
        };
    }
}
