package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.RecordKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueueOrderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # explanation,                                                    second-strongest bits
            name:1:+8.28;source:2:+0.23;location:1:+19.57;phone:0:+0.00       | 8.28
            name:0:+0.00;source:2:+0.23;location:1:+19.57;person:0:+0.00      | 0.23
            name:6:-6.60;location:4:+4.00;person:1:+8.70                      | 4.00
            name:0:+0.00                                                      | 0.00
            """)
    void secondStrongestBitsReadsTheStoredExplanation(String explanation, double bits) {
        assertEquals(bits, QueueOrder.secondStrongestBits(explanation), 1e-9);
    }

    private static QueuedPair queued(long left, long right, MatchBand band, double weight, String explanation,
                                     QueuedPair.Reason reason) {
        PairScore p = new PairScore(left, right, 0, weight, 1 / (1 + Math.pow(2, -weight)), band, false, false,
                explanation);
        return new QueuedPair(p, left + "~" + right, (int) left, (int) right, reason);
    }

    @Test
    void aLinkTwoFieldsCorroborateWaitsUntilTheNearMissesAreChecked() {
        // records 1-2 and 3-4 are two businesses; record 5 is alone
        Map<Long, RecordKey> records = new java.util.HashMap<>();
        for (long id = 1; id <= 5; id++) {
            records.put(id, new RecordKey((int) id, "r" + id, "h"));
        }
        Map<Long, Long> entityOf = Map.of(1L, 1L, 2L, 1L, 3L, 3L, 4L, 3L, 5L, 5L);
        QueuedPair corroborated = queued(1, 2, MatchBand.MATCH, 20, "name:1:+8.28;location:1:+19.57",
                QueuedPair.Reason.AUTO_LINK);
        QueuedPair oneField = queued(3, 4, MatchBand.MATCH, 3, "name:1:+8.28;location:0:+0.00",
                QueuedPair.Reason.AUTO_LINK);
        QueuedPair nearMiss = queued(4, 5, MatchBand.NON_MATCH, -8, "location:4:+3.10",
                QueuedPair.Reason.NEAR_MISS);
        List<QueuedPair> queue = new QueueOrder(records, entityOf).order(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(List.of(corroborated, oneField)), new ArrayList<>(List.of(nearMiss)), Map.of());
        assertEquals(List.of(oneField, nearMiss, corroborated), queue);
    }
}
