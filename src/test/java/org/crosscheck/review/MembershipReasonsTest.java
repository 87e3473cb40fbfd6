package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.domain.Verdict;
import org.crosscheck.linkage.ExplanationFormatter;
import org.junit.jupiter.api.Test;

class MembershipReasonsTest {
    private final RecordDetail food = record(1, 10, "Food premises");
    private final RecordDetail police = record(2, 20, "Police licences");
    private final RecordDetail company = record(3, 30, "Companies House");

    private static RecordDetail record(long id, int source, String sourceName) {
        return new RecordDetail(id, source, sourceName, AgencyKind.OTHER, "k" + id, "Sheet1", (int) id + 1, Map.of(),
                Map.of());
    }

    private static PairScore pair(long a, long b, double p, String explanation) {
        return new PairScore(a, b, 0, Math.log(p / (1 - p)) / Math.log(2), p,
                p >= 0.5 ? MatchBand.MATCH : p >= 0.1 ? MatchBand.REVIEW : MatchBand.NON_MATCH, false, false,
                explanation);
    }

    @Test
    void aLinkedRecordIsExplainedByItsStrongestLinkInWords() {
        var reasons = MembershipReasons.of(List.of(food, police), List.of(pair(1, 2, 0.99,
                "name:1:+8.30;location:1:+19.20;person:0:+0.00")), List.of(), new ExplanationFormatter());
        assertEquals("Linked to Police licences record 2. Same address and same name: 99% likely the same business.",
                reasons.get(1L));
    }

    @Test
    void aRecordNoSingleLinkJoinsIsExplainedByWhatItsLinksAgreeOnTogether() {
        var reasons = MembershipReasons.of(List.of(food, police, company), List.of(
                pair(1, 2, 0.99, "name:1:+8.30;location:1:+19.20"),
                pair(1, 3, 0.12, "name:1:+8.30;location:0:+0.00;person:0:+0.00"),
                pair(2, 3, 0.13, "name:0:+0.00;person:1:+8.40")), List.of(), new ExplanationFormatter());
        String why = reasons.get(3L);
        assertTrue(why.startsWith("Joined on its links together, each too weak alone"), why);
        assertTrue(why.contains("same name (with Food premises record 1)"), why);
        assertTrue(why.contains("same person (owner, director or contact) (with Police licences record 2)"), why);
    }

    @Test
    void aPersonsDecisionIsTheReason() {
        Decision merged = new Decision(1, 10, "k1", 30, "k3", Verdict.SAME, Decision.Origin.HUMAN, "Priya",
                LocalDateTime.of(2026, 11, 26, 9, 0), null, null, null, Decision.Action.MERGE);
        var reasons = MembershipReasons.of(List.of(food, company), List.of(), List.of(merged),
                new ExplanationFormatter());
        assertEquals("Same business as Food premises record 1: decided by Priya.", reasons.get(3L));
    }

    @Test
    void aBusinessOfOneRecordNeedsNoReason() {
        assertTrue(MembershipReasons.of(List.of(food), List.of(), List.of(), new ExplanationFormatter()).isEmpty());
    }
}
