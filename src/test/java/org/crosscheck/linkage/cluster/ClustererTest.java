package org.crosscheck.linkage.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.crosscheck.linkage.score.ScoredPair;
import org.junit.jupiter.api.Test;

class ClustererTest {
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
}
