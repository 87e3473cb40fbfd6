package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.IMPORT_BATCH;
import static org.crosscheck.storage.jooq.Tables.SOURCE;
import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.domain.Source;
import org.crosscheck.domain.SourceSummary;
import org.crosscheck.storage.jooq.tables.records.ImportBatchRecord;
import org.crosscheck.storage.jooq.tables.records.SourceRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads and writes sources, their saved mappings and risk scales, and their import history. */
public final class SourceRepository {
    private final DSLContext dsl;

    SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Source> findByName(String name) {
        return dsl.selectFrom(SOURCE).where(DSL.lower(SOURCE.NAME).eq(name.trim().toLowerCase()))
                .fetchOptional().map(SourceRepository::toSource);
    }

    public Optional<Source> findById(int id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional().map(SourceRepository::toSource);
    }

    /** Every source with its current record count and latest import, by name. */
    public List<SourceSummary> listSummaries() {
        var current = DSL.selectCount().from(SOURCE_RECORD)
                .where(SOURCE_RECORD.SOURCE_ID.eq(SOURCE.ID).and(SOURCE_RECORD.IS_CURRENT.isTrue())).asField("current");
        var batches = DSL.selectCount().from(IMPORT_BATCH).where(IMPORT_BATCH.SOURCE_ID.eq(SOURCE.ID)).asField("batches");
        var lastAt = DSL.select(DSL.max(IMPORT_BATCH.IMPORTED_AT)).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SOURCE_ID.eq(SOURCE.ID)).asField("last_at");
        var lastFile = DSL.select(IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SOURCE_ID.eq(SOURCE.ID)).orderBy(IMPORT_BATCH.ID.desc()).limit(1)
                .asField("last_file");
        return dsl.select(SOURCE.asterisk(), current, batches, lastAt, lastFile).from(SOURCE).orderBy(SOURCE.NAME)
                .fetch(r -> new SourceSummary(toSource(r.into(SOURCE)), (Integer) r.get("current"),
                        (Integer) r.get("batches"), (LocalDateTime) r.get("last_at"), (String) r.get("last_file")));
    }

    /** The source's imports, newest first. */
    public List<ImportBatchInfo> batches(int sourceId) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.SOURCE_ID.eq(sourceId)).orderBy(IMPORT_BATCH.ID.desc())
                .fetch(SourceRepository::toBatch);
    }

    static Source toSource(SourceRecord r) {
        String where = "The saved settings of source '" + r.getName() + "'";
        ColumnMapping mapping = r.getMappingJson() == null ? ColumnMapping.empty()
                : DomainJson.mappingFromJson(r.getMappingJson(), where);
        RiskScale risk = r.getRiskScaleJson() == null ? RiskScale.empty()
                : DomainJson.riskScaleFromJson(r.getRiskScaleJson(), where);
        return new Source(r.getId(), r.getName(), AgencyKind.valueOf(r.getAgencyKind()), mapping, risk,
                r.getCreatedAt());
    }

    static ImportBatchInfo toBatch(ImportBatchRecord b) {
        return new ImportBatchInfo(b.getId(), b.getSourceId(), b.getFileName(), b.getSheetName(), b.getFileSha256(),
                b.getImportedAt(), b.getHeaderRow(), b.getRowsRead(), b.getRowsImported(), b.getRowsSkipped(),
                b.getRecordsKept(), b.getRecordsNew(), b.getRecordsRetired());
    }
}
