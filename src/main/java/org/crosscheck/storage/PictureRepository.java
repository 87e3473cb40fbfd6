package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.ENTITY_ASSOCIATION;
import static org.crosscheck.storage.jooq.Tables.ENTITY_MEMBER;
import static org.crosscheck.storage.jooq.Tables.IMPORT_BATCH;
import static org.crosscheck.storage.jooq.Tables.PICTURE_SNAPSHOT;
import static org.crosscheck.storage.jooq.Tables.SOURCE;
import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.domain.picture.ProfileRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads linked records for the multi-agency picture and keeps its figures per link run. */
public final class PictureRepository {
    private final DSLContext dsl;

    PictureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every current record that the last run placed in an entity. */
    public List<ProfileRecord> profileRecords() {
        return profileRecords(DSL.noCondition());
    }

    /** The current records of one entity. */
    public List<ProfileRecord> profileRecordsOf(long entityId) {
        return profileRecords(ENTITY_MEMBER.ENTITY_ID.eq(entityId));
    }

    private List<ProfileRecord> profileRecords(org.jooq.Condition condition) {
        List<ProfileRecord> out = new ArrayList<>();
        var r = SOURCE_RECORD;
        dsl.select(ENTITY_MEMBER.ENTITY_ID, r.ID, SOURCE.NAME, SOURCE.AGENCY_KIND, r.BUSINESS_NAME, r.TRADING_NAME,
                        r.LEGAL_NAME, r.ADDRESS_FULL, r.HOUSE_NUMBER, r.STREET, r.TOWN, r.POSTCODE, r.BUSINESS_TYPE,
                        r.WARD,
                        r.PHONE, r.CONTACT_NAME, r.RISK_BAND, r.RISK_RAW, r.NON_COMPLIANCE_FLAG, r.NON_COMPLIANCE_DATE,
                        r.NON_COMPLIANCE_NOTES, r.LAST_VISIT_DATE)
                .from(ENTITY_MEMBER).join(r).on(r.ID.eq(ENTITY_MEMBER.RECORD_ID))
                .join(SOURCE).on(SOURCE.ID.eq(r.SOURCE_ID))
                .where(r.IS_CURRENT.isTrue()).and(condition)
                .orderBy(ENTITY_MEMBER.ENTITY_ID, r.ID)
                .fetchSize(10_000)
                .forEach(row -> out.add(toProfileRecord(row)));
        return out;
    }

    private static ProfileRecord toProfileRecord(Record row) {
        var r = SOURCE_RECORD;
        String name = Texts.firstNonBlank(row.get(r.BUSINESS_NAME), row.get(r.TRADING_NAME), row.get(r.LEGAL_NAME));
        String address = row.get(r.ADDRESS_FULL);
        if (address == null || address.isBlank()) {
            address = Texts.join(Texts.join(row.get(r.HOUSE_NUMBER), row.get(r.STREET), " "), row.get(r.TOWN), ", ");
        }
        String band = row.get(r.RISK_BAND);
        return new ProfileRecord(row.get(ENTITY_MEMBER.ENTITY_ID), row.get(r.ID), row.get(SOURCE.NAME),
                AgencyKind.valueOf(row.get(SOURCE.AGENCY_KIND)), name, row.get(r.TRADING_NAME), row.get(r.LEGAL_NAME),
                address, row.get(r.POSTCODE), row.get(r.BUSINESS_TYPE), row.get(r.WARD), row.get(r.PHONE),
                row.get(r.CONTACT_NAME),
                band == null ? RiskBand.UNKNOWN : RiskBand.valueOf(band), row.get(r.RISK_RAW),
                row.get(r.NON_COMPLIANCE_FLAG), row.get(r.NON_COMPLIANCE_DATE), row.get(r.NON_COMPLIANCE_NOTES),
                row.get(r.LAST_VISIT_DATE));
    }

    /** Every association the last run found (shared mobile, contact, company). */
    public List<EntityAssociation> associations() {
        return dsl.select(ENTITY_ASSOCIATION.ENTITY_A, ENTITY_ASSOCIATION.ENTITY_B, ENTITY_ASSOCIATION.KIND,
                        ENTITY_ASSOCIATION.VALUE_TEXT).from(ENTITY_ASSOCIATION)
                .fetch(x -> new EntityAssociation(x.value1(), x.value2(), x.value3(), x.value4()));
    }

    public boolean hasSnapshot(long runId) {
        return dsl.fetchExists(PICTURE_SNAPSHOT, PICTURE_SNAPSHOT.RUN_ID.eq(runId));
    }

    /** Stores the figures for a run; a second call for the same run is ignored (the first one saw the run's data). */
    public void saveSnapshot(PictureSnapshot s) {
        dsl.insertInto(PICTURE_SNAPSHOT)
                .set(PICTURE_SNAPSHOT.RUN_ID, s.runId())
                .set(PICTURE_SNAPSHOT.TAKEN_AT, s.takenAt())
                .set(PICTURE_SNAPSHOT.LATEST_BATCH_ID, s.latestBatchId())
                .set(PICTURE_SNAPSHOT.RECORDS_COMPARED, s.recordsCompared())
                .set(PICTURE_SNAPSHOT.BUSINESSES, s.businesses())
                .set(PICTURE_SNAPSHOT.KNOWN_TO_TWO, s.knownToTwo())
                .set(PICTURE_SNAPSHOT.INTEREST_TWO, s.interestTwo())
                .set(PICTURE_SNAPSHOT.INTEREST_THREE, s.interestThree())
                .set(PICTURE_SNAPSHOT.LINK_MS, s.linkMillis())
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Every run's figures, oldest first. */
    public List<PictureSnapshot> snapshots() {
        return dsl.selectFrom(PICTURE_SNAPSHOT).orderBy(PICTURE_SNAPSHOT.RUN_ID)
                .fetch(x -> new PictureSnapshot(x.getRunId(), x.getTakenAt(), x.getLatestBatchId(),
                        x.getRecordsCompared(), x.getBusinesses(), x.getKnownToTwo(), x.getInterestTwo(),
                        x.getInterestThree(), x.getLinkMs()));
    }

    /** The newest import batch, or null before the first import. */
    public Long latestBatchId() {
        return dsl.select(DSL.max(IMPORT_BATCH.ID)).from(IMPORT_BATCH).fetchOne(0, Long.class);
    }
}
