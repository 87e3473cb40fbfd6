package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.StagedRecord;
import org.jooq.DSLContext;

/** Reads the records sources hold. */
public final class RecordRepository {
    private final DSLContext dsl;

    RecordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many records of any source exist, current or retired. */
    /** Postcode and ward of every current record, by id ({null, null} parts where the file gave none). */
    public java.util.Map<Long, String[]> postcodesAndWards() {
        var r = org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;
        java.util.Map<Long, String[]> out = new java.util.HashMap<>();
        dsl.select(r.ID, r.POSTCODE, r.WARD).from(r).where(r.IS_CURRENT.isTrue()).fetchSize(10_000)
                .forEach(x -> out.put(x.value1(), new String[] {x.value2(), x.value3()}));
        return out;
    }

    public int countAll() {
        return dsl.fetchCount(SOURCE_RECORD);
    }

    /** The stored record id for a source's record key, or null. */
    public Long idOf(int sourceId, String recordKey) {
        return dsl.select(SOURCE_RECORD.ID).from(SOURCE_RECORD)
                .where(SOURCE_RECORD.SOURCE_ID.eq(sourceId).and(SOURCE_RECORD.RECORD_KEY.eq(recordKey)))
                .fetchOne(SOURCE_RECORD.ID);
    }

    /** The source's current records in file order, as they were staged. */
    public List<StagedRecord> current(int sourceId) {
        return dsl.selectFrom(SOURCE_RECORD)
                .where(SOURCE_RECORD.SOURCE_ID.eq(sourceId).and(SOURCE_RECORD.IS_CURRENT.isTrue()))
                .orderBy(SOURCE_RECORD.ROW_NUMBER)
                .fetch(r -> {
                    Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
                    RecordColumns.TEXT.forEach((field, column) -> {
                        String v = r.get(column);
                        if (v != null) {
                            values.put(field, v);
                        }
                    });
                    return new StagedRecord(r.getRecordKey(), r.getContentHash(), r.getSheetName(), r.getRowNumber(),
                            values, r.getNonComplianceDate(), r.getLastVisitDate(), RiskBand.valueOf(r.getRiskBand()),
                            r.getOriginalJson());
                });
    }

    /** Every current record in brief with its business, for searching. */
    public List<org.crosscheck.domain.RecordSummary> summaries() {
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        var m = org.crosscheck.storage.jooq.Tables.ENTITY_MEMBER;
        List<org.crosscheck.domain.RecordSummary> out = new java.util.ArrayList<>();
        dsl.select(SOURCE_RECORD.ID, m.ENTITY_ID, s.NAME, SOURCE_RECORD.BUSINESS_NAME, SOURCE_RECORD.TRADING_NAME,
                        SOURCE_RECORD.LEGAL_NAME, SOURCE_RECORD.ADDRESS_FULL, SOURCE_RECORD.BUILDING,
                        SOURCE_RECORD.HOUSE_NUMBER, SOURCE_RECORD.STREET, SOURCE_RECORD.TOWN, SOURCE_RECORD.POSTCODE,
                        SOURCE_RECORD.PHONE)
                .from(SOURCE_RECORD).join(s).on(s.ID.eq(SOURCE_RECORD.SOURCE_ID))
                .leftJoin(m).on(m.RECORD_ID.eq(SOURCE_RECORD.ID))
                .where(SOURCE_RECORD.IS_CURRENT.isTrue()).orderBy(SOURCE_RECORD.ID).fetchSize(10_000)
                .forEach(r -> out.add(new org.crosscheck.domain.RecordSummary(r.value1(), r.value2(), r.value3(),
                        join(" / ", r.value4(), r.value5(), r.value6()),
                        join(", ", r.value7(), r.value8(), join(" ", r.value9(), r.value10()), r.value11()),
                        r.value12(), r.value13())));
        return out;
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(p.strip());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The current content hash of a record, or null when there is none with that id. */
    public String contentHash(long id) {
        return dsl.select(SOURCE_RECORD.CONTENT_HASH).from(SOURCE_RECORD).where(SOURCE_RECORD.ID.eq(id))
                .fetchOne(SOURCE_RECORD.CONTENT_HASH);
    }

    /** A record in full, or null when there is none with that id. */
    public org.crosscheck.domain.RecordDetail detail(long id) {
        var s = org.crosscheck.storage.jooq.Tables.SOURCE;
        var r = dsl.select(SOURCE_RECORD.asterisk(), s.NAME, s.AGENCY_KIND).from(SOURCE_RECORD).join(s)
                .on(s.ID.eq(SOURCE_RECORD.SOURCE_ID)).where(SOURCE_RECORD.ID.eq(id)).fetchOne();
        if (r == null) {
            return null;
        }
        var rec = r.into(SOURCE_RECORD);
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        RecordColumns.TEXT.forEach((field, column) -> {
            String v = rec.get(column);
            if (v != null) {
                values.put(field, v);
            }
        });
        if (rec.getNonComplianceDate() != null) {
            values.put(CanonicalField.NON_COMPLIANCE_DATE, rec.getNonComplianceDate().toString());
        }
        if (rec.getLastVisitDate() != null) {
            values.put(CanonicalField.LAST_VISIT_DATE, rec.getLastVisitDate().toString());
        }
        Map<String, String> cells;
        try {
            cells = DomainJson.mapper().readValue(rec.getOriginalJson(),
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored cells of record " + id + " are not JSON", e);
        }
        return new org.crosscheck.domain.RecordDetail(rec.getId(), rec.getSourceId(), r.get(s.NAME),
                org.crosscheck.domain.AgencyKind.valueOf(r.get(s.AGENCY_KIND)), rec.getRecordKey(), rec.getSheetName(),
                rec.getRowNumber(), values, cells);
    }

}
