package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.ENTITY_ASSOCIATION;
import static org.crosscheck.storage.jooq.Tables.ENTITY_MEMBER;
import static org.crosscheck.storage.jooq.Tables.LINK_RUN;
import static org.crosscheck.storage.jooq.Tables.MATCH_DECISION;
import static org.crosscheck.storage.jooq.Tables.SCORED_PAIR;
import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.domain.LinkRunInfo;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.NewLinkRun;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.domain.Verdict;
import org.crosscheck.storage.jooq.tables.records.LinkRunRecord;
import org.jooq.BatchBindStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jooq.DSLContext;

/**
 * Reads what a linkage run needs (current records, last membership, decisions) and stores a run's outcome in one
 * transaction, so a crash mid-save leaves the previous run's results whole.
 */
public final class LinkageRepository {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageRepository.class);
    private static final int BATCH = 5_000;
    private final DSLContext dsl;

    LinkageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every current record of every source, by id. */
    public List<StoredRecord> currentRecords() {
        List<StoredRecord> out = new ArrayList<>();
        Map<Integer, org.crosscheck.domain.AgencyKind> kinds = new HashMap<>();
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        dsl.select(s.ID, s.AGENCY_KIND).from(s).forEach(r -> kinds.put(r.value1(),
                org.crosscheck.domain.AgencyKind.valueOf(r.value2())));
        dsl.selectFrom(SOURCE_RECORD).where(SOURCE_RECORD.IS_CURRENT.isTrue()).orderBy(SOURCE_RECORD.ID)
                .fetchSize(5_000).forEach(r -> {
                    Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
                    RecordColumns.TEXT.forEach((field, column) -> {
                        String v = r.get(column);
                        if (v != null) {
                            values.put(field, v);
                        }
                    });
                    out.add(new StoredRecord(r.getId(), r.getSourceId(), kinds.get(r.getSourceId()), r.getRecordKey(),
                            r.getContentHash(), values));
                });
        return out;
    }

    /** Source id and record key of every current record, by id: the light read the review queue needs. */
    public Map<Long, org.crosscheck.domain.RecordKey> currentRecordKeys() {
        Map<Long, org.crosscheck.domain.RecordKey> map = new HashMap<>();
        dsl.select(SOURCE_RECORD.ID, SOURCE_RECORD.SOURCE_ID, SOURCE_RECORD.RECORD_KEY, SOURCE_RECORD.CONTENT_HASH)
                .from(SOURCE_RECORD).where(SOURCE_RECORD.IS_CURRENT.isTrue()).fetchSize(10_000)
                .forEach(r -> map.put(r.value1(), new org.crosscheck.domain.RecordKey(r.value2(), r.value3(),
                        r.value4())));
        return map;
    }

    /** Entity id of each record as of the last run. */
    public Map<Long, Long> currentEntities() {
        Map<Long, Long> map = new HashMap<>();
        dsl.select(ENTITY_MEMBER.RECORD_ID, ENTITY_MEMBER.ENTITY_ID).from(ENTITY_MEMBER).fetchSize(10_000)
                .forEach(r -> map.put(r.value1(), r.value2()));
        return map;
    }

    /** Content hash of each record when it was last linked. */
    public Map<Long, String> linkedHashes() {
        Map<Long, String> map = new HashMap<>();
        dsl.select(ENTITY_MEMBER.RECORD_ID, ENTITY_MEMBER.CONTENT_HASH).from(ENTITY_MEMBER).fetchSize(10_000)
                .forEach(r -> map.put(r.value1(), r.value2()));
        return map;
    }

    public Optional<LinkRunInfo> lastRun() {
        return dsl.selectFrom(LINK_RUN).orderBy(LINK_RUN.ID.desc()).limit(1).fetchOptional()
                .map(LinkageRepository::toRun);
    }

    /** Every decision, oldest first. */
    public List<Decision> decisions() {
        return dsl.selectFrom(MATCH_DECISION).orderBy(MATCH_DECISION.ID).fetch(d -> new Decision(d.getId(),
                d.getLeftSourceId(), d.getLeftRecordKey(), d.getRightSourceId(), d.getRightRecordKey(),
                Verdict.valueOf(d.getVerdict()), Decision.Origin.valueOf(d.getOrigin()), d.getReviewer(),
                d.getDecidedAt(), d.getNote(), d.getLeftContentHash(), d.getRightContentHash(),
                d.getAction() == null ? null : Decision.Action.valueOf(d.getAction())));
    }

    /** Appends a decision (decisions are never changed or deleted) and returns its id. */
    public long appendDecision(Decision d) {
        long id = insertDecision(d);
        Workspace.flush(dsl);
        return id;
    }

    private long insertDecision(Decision d) {
        return dsl.insertInto(MATCH_DECISION)
                .set(MATCH_DECISION.LEFT_SOURCE_ID, d.leftSourceId())
                .set(MATCH_DECISION.LEFT_RECORD_KEY, d.leftRecordKey())
                .set(MATCH_DECISION.RIGHT_SOURCE_ID, d.rightSourceId())
                .set(MATCH_DECISION.RIGHT_RECORD_KEY, d.rightRecordKey())
                .set(MATCH_DECISION.VERDICT, d.verdict().name())
                .set(MATCH_DECISION.ORIGIN, d.origin().name())
                .set(MATCH_DECISION.REVIEWER, d.reviewer())
                .set(MATCH_DECISION.DECIDED_AT, d.decidedAt())
                .set(MATCH_DECISION.NOTE, d.note())
                .set(MATCH_DECISION.LEFT_CONTENT_HASH, d.leftContentHash())
                .set(MATCH_DECISION.RIGHT_CONTENT_HASH, d.rightContentHash())
                .set(MATCH_DECISION.ACTION, d.action() == null ? null : d.action().name())
                .returning(MATCH_DECISION.ID).fetchOne().getId();
    }

    /** Appends several decisions in one transaction, flushed once, and returns their ids in order. */
    public List<Long> appendDecisions(List<Decision> decisions) {
        List<Long> ids = dsl.transactionResult(cfg -> {
            LinkageRepository tx = new LinkageRepository(cfg.dsl());
            List<Long> out = new ArrayList<>();
            for (Decision d : decisions) {
                out.add(tx.insertDecision(d));
            }
            return out;
        });
        Workspace.flush(dsl);
        return ids;
    }

    /** The stored pairs of the last run, streamed to {@code out} by descending probability. */
    public void forEachPair(Consumer<PairScore> out) {
        dsl.selectFrom(SCORED_PAIR).orderBy(SCORED_PAIR.PROBABILITY.desc()).fetchSize(10_000).forEach(p -> out.accept(
                new PairScore(p.getLeftRecordId(), p.getRightRecordId(), p.getVector(), p.getWeight(),
                        p.getProbability(), MatchBand.valueOf(p.getBand()), p.getStrongAgainst(), p.getStrongFor(),
                        p.getExplanation())));
    }

    /** The entity a record belongs to as of the last run, or null. */
    public Long entityOf(long recordId) {
        return dsl.select(ENTITY_MEMBER.ENTITY_ID).from(ENTITY_MEMBER).where(ENTITY_MEMBER.RECORD_ID.eq(recordId))
                .fetchOne(ENTITY_MEMBER.ENTITY_ID);
    }

    /** The records of one entity. */
    public List<Long> membersOf(long entityId) {
        return dsl.select(ENTITY_MEMBER.RECORD_ID).from(ENTITY_MEMBER).where(ENTITY_MEMBER.ENTITY_ID.eq(entityId))
                .orderBy(ENTITY_MEMBER.RECORD_ID).fetch(ENTITY_MEMBER.RECORD_ID);
    }

    /** The associations of one entity (shared mobile, contact, company), either side. */
    public List<EntityAssociation> associationsOf(long entityId) {
        // two indexed look-ups: an OR across the two columns would make H2 scan the table
        List<EntityAssociation> out = new ArrayList<>();
        dsl.selectFrom(ENTITY_ASSOCIATION).where(ENTITY_ASSOCIATION.ENTITY_A.eq(entityId))
                .forEach(a -> out.add(new EntityAssociation(a.getEntityA(), a.getEntityB(), a.getKind(),
                        a.getValueText())));
        dsl.selectFrom(ENTITY_ASSOCIATION).where(ENTITY_ASSOCIATION.ENTITY_B.eq(entityId)
                        .and(ENTITY_ASSOCIATION.ENTITY_A.ne(entityId)))
                .forEach(a -> out.add(new EntityAssociation(a.getEntityA(), a.getEntityB(), a.getKind(),
                        a.getValueText())));
        return out;
    }

    /** The stored pairs of the last run whose two records are both among {@code recordIds}. */
    public List<PairScore> pairsAmong(java.util.Collection<Long> recordIds) {
        return dsl.selectFrom(SCORED_PAIR).where(SCORED_PAIR.LEFT_RECORD_ID.in(recordIds)
                .and(SCORED_PAIR.RIGHT_RECORD_ID.in(recordIds))).fetch(p -> new PairScore(p.getLeftRecordId(),
                p.getRightRecordId(), p.getVector(), p.getWeight(), p.getProbability(), MatchBand.valueOf(p.getBand()),
                p.getStrongAgainst(), p.getStrongFor(), p.getExplanation()));
    }

    /** The stored pairs in one band. */
    public List<PairScore> pairsInBand(MatchBand band) {
        return dsl.selectFrom(SCORED_PAIR).where(SCORED_PAIR.BAND.eq(band.name())).fetch(p -> new PairScore(
                p.getLeftRecordId(), p.getRightRecordId(), p.getVector(), p.getWeight(), p.getProbability(),
                MatchBand.valueOf(p.getBand()), p.getStrongAgainst(), p.getStrongFor(), p.getExplanation()));
    }

    /** Stores a run and replaces the previous run's pairs, membership and associations, all or nothing. */
    public long saveRun(NewLinkRun run) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long runId = tx.insertInto(LINK_RUN)
                    .set(LINK_RUN.STARTED_AT, run.startedAt())
                    .set(LINK_RUN.DURATION_MS, run.durationMillis())
                    .set(LINK_RUN.APP_VERSION, run.appVersion())
                    .set(LINK_RUN.SEED, run.seed())
                    .set(LINK_RUN.INCREMENTAL, run.incremental())
                    .set(LINK_RUN.SETTINGS_JSON, run.settingsJson())
                    .set(LINK_RUN.MODEL_JSON, run.modelJson())
                    .set(LINK_RUN.INPUT_FINGERPRINT, run.inputFingerprint())
                    .set(LINK_RUN.RECORD_COUNT, run.recordIds().length)
                    .set(LINK_RUN.CANDIDATE_PAIRS, run.candidatePairs())
                    .set(LINK_RUN.AUTO_LINKS, run.autoLinks())
                    .set(LINK_RUN.REVIEW_PAIRS, run.reviewPairs())
                    .set(LINK_RUN.ENTITY_COUNT, run.entityCount())
                    .set(LINK_RUN.NEXT_ENTITY_ID, run.nextEntityId())
                    .set(LINK_RUN.SUMMARY_JSON, run.summaryJson())
                    .returning(LINK_RUN.ID).fetchOne().getId();
            replacePairs(tx, runId, run.pairs());
            replaceMembers(tx, runId, run);
            tx.deleteFrom(ENTITY_ASSOCIATION).execute();
            BatchBindStep links = tx.batch(tx.insertInto(ENTITY_ASSOCIATION, ENTITY_ASSOCIATION.RUN_ID,
                    ENTITY_ASSOCIATION.ENTITY_A, ENTITY_ASSOCIATION.ENTITY_B, ENTITY_ASSOCIATION.KIND,
                    ENTITY_ASSOCIATION.VALUE_TEXT).values((Long) null, null, null, null, null));
            for (EntityAssociation a : run.associations()) {
                links.bind(runId, a.entityA(), a.entityB(), a.kind(), a.value());
            }
            if (!run.associations().isEmpty()) {
                links.execute();
            }
            return runId;
        });
    }

    /** A stored pair's two records. */
    private record PairKey(long left, long right) {
    }

    /**
     * Makes the stored pairs the run's, writing only what changed: a relink keeps most pairs as they were, and
     * deleting and inserting every one was most of its saving time (a 97,927-record area: 12 to 16 s of saving,
     * with 216,000 pairs written again). A pair's run_id is then the run that last changed it.
     */
    private static void replacePairs(DSLContext tx, long runId, List<PairScore> pairs) {
        Map<PairKey, PairScore> before = new HashMap<>();
        tx.selectFrom(SCORED_PAIR).fetchSize(10_000).forEach(p -> before.put(
                new PairKey(p.getLeftRecordId(), p.getRightRecordId()), new PairScore(p.getLeftRecordId(),
                        p.getRightRecordId(), p.getVector(), p.getWeight(), p.getProbability(),
                        MatchBand.valueOf(p.getBand()), p.getStrongAgainst(), p.getStrongFor(), p.getExplanation())));
        Batches inserts = new Batches(() -> pairBatch(tx));
        Batches updates = new Batches(() -> tx.batch(tx.update(SCORED_PAIR)
                .set(SCORED_PAIR.RUN_ID, (Long) null).set(SCORED_PAIR.VECTOR, (Long) null)
                .set(SCORED_PAIR.WEIGHT, (Double) null).set(SCORED_PAIR.PROBABILITY, (Double) null)
                .set(SCORED_PAIR.BAND, (String) null).set(SCORED_PAIR.STRONG_AGAINST, (Boolean) null)
                .set(SCORED_PAIR.STRONG_FOR, (Boolean) null).set(SCORED_PAIR.EXPLANATION, (String) null)
                .where(SCORED_PAIR.LEFT_RECORD_ID.eq((Long) null)).and(SCORED_PAIR.RIGHT_RECORD_ID.eq((Long) null))));
        for (PairScore p : pairs) {
            PairScore old = before.remove(new PairKey(p.leftRecordId(), p.rightRecordId()));
            if (old == null) {
                inserts.bind(runId, p.leftRecordId(), p.rightRecordId(), p.vector(), p.weight(), p.probability(),
                        p.band().name(), p.strongAgainst(), p.strongFor(), p.explanation());
            } else if (!old.equals(p)) {
                updates.bind(runId, p.vector(), p.weight(), p.probability(), p.band().name(), p.strongAgainst(),
                        p.strongFor(), p.explanation(), p.leftRecordId(), p.rightRecordId());
            }
        }
        Batches deletes = new Batches(() -> tx.batch(tx.deleteFrom(SCORED_PAIR)
                .where(SCORED_PAIR.LEFT_RECORD_ID.eq((Long) null)).and(SCORED_PAIR.RIGHT_RECORD_ID.eq((Long) null))));
        before.keySet().forEach(k -> deletes.bind(k.left(), k.right()));
        deletes.finish();
        updates.finish();
        inserts.finish();
        LOG.info("Stored pairs: {} new, {} changed, {} gone, {} as they were", inserts.bound, updates.bound,
                deletes.bound, pairs.size() - inserts.bound - updates.bound);
    }

    /** A stored record's entity and content hash. */
    private record Member(long entity, String contentHash) {
    }

    /** As {@link #replacePairs} for the records' entities and content hashes. */
    private static void replaceMembers(DSLContext tx, long runId, NewLinkRun run) {
        Map<Long, Member> before = new HashMap<>();
        tx.select(ENTITY_MEMBER.RECORD_ID, ENTITY_MEMBER.ENTITY_ID, ENTITY_MEMBER.CONTENT_HASH).from(ENTITY_MEMBER)
                .fetchSize(10_000).forEach(r -> before.put(r.value1(), new Member(r.value2(), r.value3())));
        Batches inserts = new Batches(() -> memberBatch(tx));
        Batches updates = new Batches(() -> tx.batch(tx.update(ENTITY_MEMBER)
                .set(ENTITY_MEMBER.ENTITY_ID, (Long) null).set(ENTITY_MEMBER.RUN_ID, (Long) null)
                .set(ENTITY_MEMBER.CONTENT_HASH, (String) null).where(ENTITY_MEMBER.RECORD_ID.eq((Long) null))));
        for (int i = 0; i < run.recordIds().length; i++) {
            long record = run.recordIds()[i];
            Member old = before.remove(record);
            if (old == null) {
                inserts.bind(record, run.entityIds()[i], runId, run.contentHashes()[i]);
            } else if (!old.equals(new Member(run.entityIds()[i], run.contentHashes()[i]))) {
                updates.bind(run.entityIds()[i], runId, run.contentHashes()[i], record);
            }
        }
        Batches deletes = new Batches(() -> tx.batch(tx.deleteFrom(ENTITY_MEMBER)
                .where(ENTITY_MEMBER.RECORD_ID.eq((Long) null))));
        before.keySet().forEach(deletes::bind);
        deletes.finish();
        updates.finish();
        inserts.finish();
    }

    /** A statement bound for many rows, executed every {@link #BATCH} rows and at the end. */
    private static final class Batches {
        private final java.util.function.Supplier<BatchBindStep> start;
        private BatchBindStep batch;
        private int bound;

        Batches(java.util.function.Supplier<BatchBindStep> start) {
            this.start = start;
        }

        void bind(Object... values) {
            if (batch == null) {
                batch = start.get();
            }
            batch.bind(values);
            if (++bound % BATCH == 0) {
                batch.execute();
                batch = null;
            }
        }

        void finish() {
            if (batch != null) {
                batch.execute();
                batch = null;
            }
        }
    }

    private static BatchBindStep pairBatch(DSLContext tx) {
        return tx.batch(tx.insertInto(SCORED_PAIR, SCORED_PAIR.RUN_ID, SCORED_PAIR.LEFT_RECORD_ID,
                SCORED_PAIR.RIGHT_RECORD_ID, SCORED_PAIR.VECTOR, SCORED_PAIR.WEIGHT, SCORED_PAIR.PROBABILITY,
                SCORED_PAIR.BAND, SCORED_PAIR.STRONG_AGAINST, SCORED_PAIR.STRONG_FOR, SCORED_PAIR.EXPLANATION)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
    }

    private static BatchBindStep memberBatch(DSLContext tx) {
        return tx.batch(tx.insertInto(ENTITY_MEMBER, ENTITY_MEMBER.RECORD_ID, ENTITY_MEMBER.ENTITY_ID,
                ENTITY_MEMBER.RUN_ID, ENTITY_MEMBER.CONTENT_HASH).values((Long) null, null, null, null));
    }

    static LinkRunInfo toRun(LinkRunRecord r) {
        return new LinkRunInfo(r.getId(), r.getStartedAt(), r.getDurationMs(), r.getAppVersion(), r.getSeed(),
                r.getIncremental(), r.getSettingsJson(), r.getModelJson(), r.getInputFingerprint(), r.getRecordCount(),
                r.getCandidatePairs(), r.getAutoLinks(), r.getReviewPairs(), r.getEntityCount(), r.getSummaryJson());
    }

    /** Every linked record with its entity, ordered by entity then source, streamed to {@code out}. */
    public void forEachEntityRecord(Consumer<org.crosscheck.domain.EntityRecordRow> out) {
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        dsl.select(ENTITY_MEMBER.ENTITY_ID, SOURCE_RECORD.ID, s.NAME, SOURCE_RECORD.RECORD_KEY, SOURCE_RECORD.AGENCY_REF,
                        SOURCE_RECORD.SHEET_NAME, SOURCE_RECORD.ROW_NUMBER, SOURCE_RECORD.BUSINESS_NAME,
                        SOURCE_RECORD.TRADING_NAME, SOURCE_RECORD.LEGAL_NAME, SOURCE_RECORD.ADDRESS_FULL,
                        SOURCE_RECORD.HOUSE_NUMBER, SOURCE_RECORD.STREET, SOURCE_RECORD.TOWN, SOURCE_RECORD.POSTCODE)
                .from(ENTITY_MEMBER).join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(ENTITY_MEMBER.RECORD_ID))
                .join(s).on(s.ID.eq(SOURCE_RECORD.SOURCE_ID))
                .orderBy(ENTITY_MEMBER.ENTITY_ID, s.NAME, SOURCE_RECORD.ROW_NUMBER)
                .fetchSize(10_000)
                .forEach(r -> out.accept(new org.crosscheck.domain.EntityRecordRow(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), Texts.firstNonBlank(r.value8(), r.value9(), r.value10()),
                        Texts.joinParts(r.value11(), Texts.join(r.value12(), r.value13(), " "), r.value14()), r.value15())));
    }

    /** Source name and record key of stored records, by id, for exports. */
    public Map<Long, String[]> recordLabels() {
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        Map<Long, String[]> map = new HashMap<>();
        dsl.select(SOURCE_RECORD.ID, s.NAME, SOURCE_RECORD.RECORD_KEY).from(SOURCE_RECORD).join(s)
                .on(s.ID.eq(SOURCE_RECORD.SOURCE_ID)).fetchSize(10_000)
                .forEach(r -> map.put(r.value1(), new String[] {r.value2(), r.value3()}));
        return map;
    }

    /** "source name|row number" of every current record, by id: where to find it in the agency's file. */
    public Map<Long, String> recordLocations() {
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        Map<Long, String> map = new HashMap<>();
        dsl.select(SOURCE_RECORD.ID, s.NAME, SOURCE_RECORD.ROW_NUMBER).from(SOURCE_RECORD).join(s)
                .on(s.ID.eq(SOURCE_RECORD.SOURCE_ID)).where(SOURCE_RECORD.IS_CURRENT.isTrue()).fetchSize(10_000)
                .forEach(r -> map.put(r.value1(), r.value2() + "|" + r.value3()));
        return map;
    }

    /** The first entity id the next run may give a new business. */
    public long nextEntityId() {
        return dsl.select(LINK_RUN.NEXT_ENTITY_ID).from(LINK_RUN).orderBy(LINK_RUN.ID.desc()).limit(1)
                .fetchOptional(LINK_RUN.NEXT_ENTITY_ID).orElse(1L);
    }
}
