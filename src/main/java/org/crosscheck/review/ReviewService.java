package org.crosscheck.review;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.domain.RecordKey;
import org.crosscheck.domain.Verdict;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.Workspace;

/**
 * The review queue and the analyst's decisions. The queue is the latest run's review band, pairs across two
 * agencies first (their decision changes a business's multi-agency picture), then those nearest the decision
 * boundary. Each decision is appended at once (nothing is lost in a crash), keyed to the records' stable
 * identities, and an undo appends a retraction. Call from a worker thread.
 */
public final class ReviewService {
    private final Workspace workspace;
    private final PairExplainer explainer;

    public ReviewService(Workspace workspace, PairExplainer explainer) {
        this.workspace = workspace;
        this.explainer = explainer;
    }

    /**
     * The pairs worth a person's time, in the order their decisions do most good: first decided pairs whose
     * records changed since (flagged), then the review band (pairs across two agencies first, as their decision
     * changes a business's multi-agency picture, then those nearest the decision boundary), then the checks
     * beyond the band in {@link QueueOrder}'s order: pairs scored as a match but kept in two businesses, the
     * automatic links a business rests on, and for each two businesses that were kept apart, the pair that came
     * closest to linking them.
     */
    public List<QueuedPair> queue() {
        Map<Long, RecordKey> records = workspace.linkage().currentRecordKeys();
        Map<Long, Long> entityOf = workspace.linkage().currentEntities();
        Map<String, Decision> decisions = latestDecisions();
        Map<String, Verdict> verdicts = new HashMap<>();
        decisions.forEach((k, d) -> verdicts.put(k, d.verdict()));
        Map<String, PairScore> decidedPairs = new HashMap<>();
        List<QueuedPair> band = new ArrayList<>();
        List<QueuedPair> keptApart = new ArrayList<>();
        List<QueuedPair> links = new ArrayList<>();
        List<QueuedPair> misses = new ArrayList<>();
        workspace.linkage().forEachPair(p -> {
            RecordKey left = records.get(p.leftRecordId());
            RecordKey right = records.get(p.rightRecordId());
            if (left == null || right == null) {
                return;
            }
            String key = key(left.sourceId(), left.recordKey(), right.sourceId(), right.recordKey());
            if (decisions.containsKey(key)) {
                decidedPairs.put(p.leftRecordId() + ":" + p.rightRecordId(), p);
            }
            Long ea = entityOf.get(p.leftRecordId());
            Long eb = entityOf.get(p.rightRecordId());
            boolean together = ea != null && ea.equals(eb);
            if (p.band() == MatchBand.REVIEW) {
                band.add(new QueuedPair(p, key, left.sourceId(), right.sourceId(), QueuedPair.Reason.REVIEW_BAND));
            } else if (p.band() == MatchBand.MATCH) {
                links.add(new QueuedPair(p, key, left.sourceId(), right.sourceId(), together
                        ? QueuedPair.Reason.AUTO_LINK : QueuedPair.Reason.KEPT_APART));
            } else if (p.band() == MatchBand.NON_MATCH && !p.strongAgainst() && !together) {
                misses.add(new QueuedPair(p, key, left.sourceId(), right.sourceId(), QueuedPair.Reason.NEAR_MISS));
            }
        });
        links.removeIf(q -> q.reason() == QueuedPair.Reason.KEPT_APART && keptApart.add(q));
        List<QueuedPair> changed = changedSinceDecided(records, decisions, decidedPairs);
        List<QueuedPair> queue = new ArrayList<>(changed);
        queue.addAll(new QueueOrder(records, entityOf).order(band, keptApart, links, misses, verdicts));
        if (!changed.isEmpty()) {
            // a changed pair is shown once, flagged, at the front
            java.util.Set<String> changedKeys = new java.util.HashSet<>();
            changed.forEach(q -> changedKeys.add(q.key()));
            queue.subList(changed.size(), queue.size()).removeIf(q -> changedKeys.contains(q.key()));
        }
        return queue;
    }

    /** Postcode and ward of every current record, by id, for the queue's area filter. */
    public Map<Long, String[]> postcodesAndWards() {
        return workspace.records().postcodesAndWards();
    }

    /** Source names by id, for labelling the queue's source-pair filter. */
    public Map<Integer, String> sourceNames() {
        Map<Integer, String> names = new java.util.TreeMap<>();
        workspace.sources().listSummaries().forEach(s -> names.put(s.source().id(), s.source().name()));
        return names;
    }

    /** Both records of a pair, its explanation and each side's context. */
    public ReviewItem item(PairScore pair) {
        RecordDetail left = workspace.records().detail(pair.leftRecordId());
        RecordDetail right = workspace.records().detail(pair.rightRecordId());
        if (left == null || right == null) {
            throw new WorkbenchException("A record of this pair is no longer in the workspace (its source was "
                    + "refreshed). Link again to update the review queue.");
        }
        List<String> context = new ArrayList<>();
        context.addAll(contextOf("Left", left, right));
        context.addAll(contextOf("Right", right, left));
        return new ReviewItem(pair, left, right, explainer.parts(pair.explanation()), context);
    }

    /** Lines saying what else the record's business holds and what it is associated with. */
    private List<String> contextOf(String side, RecordDetail record, RecordDetail other) {
        List<String> lines = new ArrayList<>();
        Long entity = workspace.linkage().entityOf(record.id());
        if (entity == null) {
            return lines;
        }
        for (long id : workspace.linkage().membersOf(entity)) {
            if (id == record.id() || id == other.id()) {
                continue;
            }
            RecordDetail r = workspace.records().detail(id);
            if (r != null) {
                lines.add(side + " is linked with " + r.sourceName() + ": " + describe(r));
            }
        }
        for (var a : workspace.linkage().associationsOf(entity)) {
            long otherEntity = a.entityA() == entity ? a.entityB() : a.entityA();
            lines.add(side + " shares a " + switch (a.kind()) {
                case "SHARED_MOBILE" -> "mobile";
                case "SHARED_CONTACT" -> "contact";
                default -> "company number";
            } + " (" + a.value() + ") with business #" + otherEntity);
        }
        return lines;
    }

    private static String describe(RecordDetail r) {
        var v = r.values();
        String name = v.getOrDefault(org.crosscheck.domain.CanonicalField.BUSINESS_NAME,
                v.getOrDefault(org.crosscheck.domain.CanonicalField.TRADING_NAME,
                        v.getOrDefault(org.crosscheck.domain.CanonicalField.LEGAL_NAME, "(no name)")));
        String postcode = v.getOrDefault(org.crosscheck.domain.CanonicalField.POSTCODE, "");
        return name + (postcode.isEmpty() ? "" : ", " + postcode);
    }

    /** Records a person's verdict on a pair, at once, with both records' content as the person saw it. */
    public Decision decide(ReviewItem item, Verdict verdict, String reviewer, String note) {
        Decision d = new Decision(0, item.left().sourceId(), item.left().recordKey(), item.right().sourceId(),
                item.right().recordKey(), verdict, Decision.Origin.HUMAN, reviewer,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), note == null || note.isBlank() ? null : note,
                workspace.records().contentHash(item.left().id()), workspace.records().contentHash(item.right().id()),
                null);
        return d.withId(workspace.linkage().appendDecision(d));
    }

    /** Withdraws a decision by appending a retraction for the same pair. */
    public Decision undo(Decision decision, String reviewer) {
        Decision r = new Decision(0, decision.leftSourceId(), decision.leftRecordKey(), decision.rightSourceId(),
                decision.rightRecordKey(), Verdict.RETRACTED, Decision.Origin.HUMAN, reviewer,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), "undo of decision " + decision.id());
        long id = workspace.linkage().appendDecision(r);
        return new Decision(id, r.leftSourceId(), r.leftRecordKey(), r.rightSourceId(), r.rightRecordKey(),
                r.verdict(), r.origin(), r.reviewer(), r.decidedAt(), r.note());
    }

    /** The latest human verdict of every decided pair (retracted pairs are undecided). */
    public Map<String, Verdict> latestVerdicts() {
        Map<String, Verdict> latest = new HashMap<>();
        latestDecisions().forEach((key, d) -> latest.put(key, d.verdict()));
        return latest;
    }

    /** The latest human decision on every decided pair, by pair key (retracted pairs are undecided). */
    public Map<String, Decision> latestDecisions() {
        Map<String, Decision> latest = new java.util.LinkedHashMap<>();
        for (Decision d : workspace.linkage().decisions()) {
            if (d.origin() != Decision.Origin.HUMAN) {
                continue;
            }
            String key = key(d.leftSourceId(), d.leftRecordKey(), d.rightSourceId(), d.rightRecordKey());
            if (d.verdict() == Verdict.RETRACTED) {
                latest.remove(key);
            } else {
                latest.put(key, d);
            }
        }
        return latest;
    }

    /**
     * Decided pairs whose records, both still current, no longer hold what the person saw: a source refresh changed
     * one of them. Their decision still holds until decided again. Decisions without content hashes are skipped.
     */
    private List<QueuedPair> changedSinceDecided(Map<Long, RecordKey> records, Map<String, Decision> decisions,
                                                 Map<String, PairScore> stored) {
        Map<String, Long> idOf = new HashMap<>();
        records.forEach((id, k) -> idOf.put(k.sourceId() + "|" + k.recordKey(), id));
        List<QueuedPair> changed = new ArrayList<>();
        decisions.forEach((key, d) -> {
            if (d.leftContentHash() == null || d.rightContentHash() == null) {
                return;
            }
            Long a = idOf.get(d.leftSourceId() + "|" + d.leftRecordKey());
            Long b = idOf.get(d.rightSourceId() + "|" + d.rightRecordKey());
            if (a == null || b == null || (d.leftContentHash().equals(records.get(a).contentHash())
                    && d.rightContentHash().equals(records.get(b).contentHash()))) {
                return;
            }
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            PairScore pair = stored.getOrDefault(lo + ":" + hi,
                    new PairScore(lo, hi, 0, 0, 0, MatchBand.NON_MATCH, false, false, ""));
            changed.add(new QueuedPair(pair, key, records.get(pair.leftRecordId()).sourceId(),
                    records.get(pair.rightRecordId()).sourceId(), QueuedPair.Reason.CHANGED_SINCE_DECIDED));
        });
        changed.sort(Comparator.<QueuedPair>comparingLong(q -> q.pair().leftRecordId())
                .thenComparingLong(q -> q.pair().rightRecordId()));
        return changed;
    }

    /** Decided pairs by their latest human verdict, and pairs of the review band still waiting for one. */
    public org.crosscheck.domain.ReviewProgress progress() {
        Map<String, Verdict> verdicts = latestVerdicts();
        int waiting = (int) queue().stream().filter(q -> !verdicts.containsKey(q.key())).count();
        int same = 0;
        int different = 0;
        int unsure = 0;
        for (Verdict v : verdicts.values()) {
            same += v == Verdict.SAME ? 1 : 0;
            different += v == Verdict.DIFFERENT ? 1 : 0;
            unsure += v == Verdict.UNSURE ? 1 : 0;
        }
        return new org.crosscheck.domain.ReviewProgress(same, different, unsure, waiting);
    }

    /** Records a verdict on a pair given by stored record ids (the command line's way in). */
    public Decision decide(long leftRecordId, long rightRecordId, Verdict verdict, String reviewer, String note) {
        RecordDetail left = workspace.records().detail(leftRecordId);
        RecordDetail right = workspace.records().detail(rightRecordId);
        if (left == null || right == null) {
            throw new WorkbenchException("There is no record with id " + (left == null ? leftRecordId : rightRecordId)
                    + ". See: crosscheck review list, or crosscheck export entities.");
        }
        return decide(new ReviewItem(null, left, right, List.of(), List.of()), verdict, reviewer, note);
    }

    /** Every decision, oldest first: who, when, what, note. */
    public List<Decision> history() {
        return workspace.linkage().decisions();
    }

    static String key(RecordDetail a, RecordDetail b) {
        return key(a.sourceId(), a.recordKey(), b.sourceId(), b.recordKey());
    }

    /** A pair's key whichever way round it was written. */
    static String key(int sourceA, String keyA, int sourceB, String keyB) {
        String a = sourceA + "|" + keyA;
        String b = sourceB + "|" + keyB;
        return a.compareTo(b) <= 0 ? a + "~" + b : b + "~" + a;
    }

    /** The key of a pair of records, for looking it up in {@link #latestVerdicts()}. */
    public static String keyOf(ReviewItem item) {
        return key(item.left(), item.right());
    }
}
