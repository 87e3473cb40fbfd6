package org.crosscheck.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.domain.Verdict;

/**
 * Says, for each record of a business, why it is in it, so that an analyst can check the reasoning: a person's
 * decision; the strongest automatic link to another of its records, in words; or, for a record that no single
 * link joins (a company registered at an agent's office whose name matches the café and whose director matches
 * the licence holder), the agreements its links have together, each with the record it agrees with.
 */
public final class MembershipReasons {
    /** Agreements weaker than this (bits) are not worth naming. */
    private static final double NOTEWORTHY_BITS = 1.0;

    private MembershipReasons() {
    }

    /**
     * @param pairs     the stored pairs among the business's records
     * @param decisions decisions about its records, oldest first
     * @return a sentence for each record id, in the records' order; empty for a business of one record
     */
    public static Map<Long, String> of(List<RecordDetail> records, List<PairScore> pairs, List<Decision> decisions,
                                       PairExplainer explainer) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        if (records.size() < 2) {
            return reasons;
        }
        Map<String, RecordDetail> byKey = new HashMap<>();
        Map<Long, RecordDetail> byId = new HashMap<>();
        for (RecordDetail r : records) {
            byKey.put(r.sourceId() + "|" + r.recordKey(), r);
            byId.put(r.id(), r);
        }
        Map<Long, Decision> sameByPerson = new HashMap<>();
        for (Decision d : decisions) {
            RecordDetail a = byKey.get(d.leftSourceId() + "|" + d.leftRecordKey());
            RecordDetail b = byKey.get(d.rightSourceId() + "|" + d.rightRecordKey());
            if (a != null && b != null && d.origin() == Decision.Origin.HUMAN) {
                if (d.verdict() == Verdict.SAME) {
                    sameByPerson.put(a.id(), d);
                    sameByPerson.put(b.id(), d);
                } else {
                    sameByPerson.remove(a.id());
                    sameByPerson.remove(b.id());
                }
            }
        }
        for (RecordDetail r : records) {
            reasons.put(r.id(), reason(r, byId, pairs, sameByPerson.get(r.id()), byKey, explainer));
        }
        return reasons;
    }

    private static String reason(RecordDetail r, Map<Long, RecordDetail> byId, List<PairScore> pairs,
                                 Decision decided, Map<String, RecordDetail> byKey, PairExplainer explainer) {
        if (decided != null) {
            RecordDetail left = byKey.get(decided.leftSourceId() + "|" + decided.leftRecordKey());
            RecordDetail other = left.id() == r.id()
                    ? byKey.get(decided.rightSourceId() + "|" + decided.rightRecordKey()) : left;
            return "Same business as " + label(other) + ": decided by " + decided.reviewer() + ".";
        }
        List<PairScore> mine = new ArrayList<>();
        for (PairScore p : pairs) {
            if ((p.leftRecordId() == r.id() || p.rightRecordId() == r.id()) && !p.strongAgainst()) {
                mine.add(p);
            }
        }
        PairScore best = mine.stream().max(Comparator.comparingDouble(PairScore::probability)).orElse(null);
        if (best != null && best.band() == MatchBand.MATCH) {
            return "Linked to " + label(byId.get(other(best, r.id()))) + ". "
                    + PairSentence.of(explainer.parts(best.explanation()), best.probability());
        }
        // no link is strong enough alone: name what each link agrees on, with whom
        Map<String, String> agreements = new LinkedHashMap<>();
        Map<String, Double> strongest = new HashMap<>();
        for (PairScore p : mine) {
            for (PairExplainer.Part part : explainer.parts(p.explanation())) {
                if (part.bits() >= NOTEWORTHY_BITS && part.bits() > strongest.getOrDefault(part.comparison(), 0.0)) {
                    strongest.put(part.comparison(), part.bits());
                    agreements.put(part.comparison(), part.words() + " (with " + label(byId.get(other(p, r.id()))) + ")");
                }
            }
        }
        if (agreements.isEmpty()) {
            return "Joined through the business's other records.";
        }
        return "Joined on its links together, each too weak alone: " + String.join("; ", agreements.values()) + ".";
    }

    private static long other(PairScore p, long id) {
        return p.leftRecordId() == id ? p.rightRecordId() : p.leftRecordId();
    }

    private static String label(RecordDetail r) {
        return r == null ? "another record" : r.sourceName() + " record " + r.id();
    }
}
