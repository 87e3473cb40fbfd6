package org.crosscheck.review;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.domain.Verdict;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.Workspace;

/**
 * The entity view's use cases: one business with all its records, and the two corrections a person makes there,
 * both kept as ordinary match decisions (same table, same audit trail: reviewer, time, note) so every later link
 * obeys them. Splitting a record out says it is not the same business as each other record of its business;
 * merging two businesses says one record of each is the same business. Call from a worker thread.
 */
public final class EntityService {
    private final Workspace workspace;
    private final org.crosscheck.domain.PairExplainer explainer;

    /** @param explainer reads the explanation a run stored with each pair, for saying why records are together */
    public EntityService(Workspace workspace, org.crosscheck.domain.PairExplainer explainer) {
        this.workspace = workspace;
        this.explainer = explainer;
    }

    /** The business the record belongs to as of the last run, or null. */
    public Long entityOf(long recordId) {
        return workspace.linkage().entityOf(recordId);
    }

    /** One business in full. */
    public BusinessProfile profile(long entityId) {
        List<RecordDetail> records = new ArrayList<>();
        for (long id : workspace.linkage().membersOf(entityId)) {
            RecordDetail r = workspace.records().detail(id);
            if (r != null) {
                records.add(r);
            }
        }
        if (records.isEmpty()) {
            throw new WorkbenchException("There is no business #" + entityId + " in the last linkage run. Search "
                    + "for it by name, address, postcode or phone instead.");
        }
        Set<String> keys = new HashSet<>();
        records.forEach(r -> keys.add(r.sourceId() + "|" + r.recordKey()));
        List<Decision> decisions = workspace.linkage().decisions().stream()
                .filter(d -> keys.contains(d.leftSourceId() + "|" + d.leftRecordKey())
                        || keys.contains(d.rightSourceId() + "|" + d.rightRecordKey()))
                .toList();
        List<Long> ids = records.stream().map(RecordDetail::id).toList();
        var reasons = MembershipReasons.of(records, records.size() < 2 ? List.of()
                : workspace.linkage().pairsAmong(ids), decisions, explainer);
        return new BusinessProfile(entityId, records, reasons, workspace.linkage().associationsOf(entityId),
                decisions);
    }

    /**
     * Takes a record out of its business: appends, in one transaction, a "not the same business" decision between
     * it and each other record of the business. Returns the decisions (empty if the record was alone).
     */
    public List<Decision> split(long recordId, String reviewer, String note) {
        Long entity = entityOf(recordId);
        if (entity == null) {
            throw new WorkbenchException("Record " + recordId + " is not in any business yet. Link first.");
        }
        RecordDetail record = workspace.records().detail(recordId);
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        List<Decision> decisions = new ArrayList<>();
        for (long other : workspace.linkage().membersOf(entity)) {
            if (other != recordId) {
                decisions.add(decision(record, workspace.records().detail(other), Verdict.DIFFERENT,
                        Decision.Action.SPLIT, reviewer, at, note));
            }
        }
        return saved(decisions);
    }

    /**
     * Joins two businesses: appends a "same business" decision between the first record of each. Returns it.
     */
    public Decision merge(long entityA, long entityB, String reviewer, String note) {
        if (entityA == entityB) {
            throw new WorkbenchException("Business #" + entityA + " cannot be merged with itself.");
        }
        List<Long> a = workspace.linkage().membersOf(entityA);
        List<Long> b = workspace.linkage().membersOf(entityB);
        if (a.isEmpty() || b.isEmpty()) {
            throw new WorkbenchException("There is no business #" + (a.isEmpty() ? entityA : entityB)
                    + " in the last linkage run.");
        }
        Decision d = decision(workspace.records().detail(a.get(0)), workspace.records().detail(b.get(0)),
                Verdict.SAME, Decision.Action.MERGE, reviewer, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                note);
        return saved(List.of(d)).get(0);
    }

    private Decision decision(RecordDetail left, RecordDetail right, Verdict verdict, Decision.Action action,
                              String reviewer, LocalDateTime at, String note) {
        return new Decision(0, left.sourceId(), left.recordKey(), right.sourceId(), right.recordKey(), verdict,
                Decision.Origin.HUMAN, reviewer, at, note == null || note.isBlank() ? null : note,
                workspace.records().contentHash(left.id()), workspace.records().contentHash(right.id()), action);
    }

    private List<Decision> saved(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        List<Long> ids = workspace.linkage().appendDecisions(decisions);
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            out.add(decisions.get(i).withId(ids.get(i)));
        }
        return out;
    }
}
