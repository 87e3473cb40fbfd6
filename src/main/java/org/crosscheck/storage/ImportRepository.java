package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.IMPORT_BATCH;
import static org.crosscheck.storage.jooq.Tables.IMPORT_PROBLEM;
import static org.crosscheck.storage.jooq.Tables.SOURCE;
import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.domain.StagedRecord;
import org.crosscheck.storage.jooq.tables.records.SourceRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one import as a single transaction: the source (created on its first import), the batch, the records
 * and the problems found. Either all of it is committed or nothing is, whatever fails or is cancelled midway.
 */
public final class ImportRepository {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRepository.class);
    private static final int BATCH_SIZE = 5_000;

    private final DSLContext dsl;

    ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Receives the records of an import one by one, in file order. */
    public interface RecordSink {
        void accept(StagedRecord record);
    }

    /** Reads the file and feeds the sink; runs inside the transaction. Returns what it read and skipped. */
    public interface RecordProducer {
        ReadTotals produce(RecordSink sink);
    }

    /** Row counts and problems of the reading, known only once the file has been read. */
    public record ReadTotals(int rowsRead, int rowsSkipped, List<ImportProblem> problems, RiskScale riskScale) {
    }

    /**
     * Imports a batch: records whose key the source already has keep their identity (their row is updated),
     * new keys are inserted, and the source's current records absent from this file are retired.
     */
    public ImportBatchInfo commitImport(ImportCommit commit, RecordProducer producer) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int sourceId = findOrCreateSource(tx, commit);
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            long batchId = tx.insertInto(IMPORT_BATCH)
                    .set(IMPORT_BATCH.SOURCE_ID, sourceId)
                    .set(IMPORT_BATCH.FILE_NAME, commit.fileName())
                    .set(IMPORT_BATCH.SHEET_NAME, commit.sheetName())
                    .set(IMPORT_BATCH.FILE_SHA256, commit.fileSha256())
                    .set(IMPORT_BATCH.IMPORTED_AT, now)
                    .set(IMPORT_BATCH.HEADER_ROW, commit.headerRow())
                    .set(IMPORT_BATCH.ROWS_READ, 0).set(IMPORT_BATCH.ROWS_IMPORTED, 0)
                    .set(IMPORT_BATCH.ROWS_SKIPPED, 0).set(IMPORT_BATCH.RECORDS_KEPT, 0)
                    .set(IMPORT_BATCH.RECORDS_NEW, 0).set(IMPORT_BATCH.RECORDS_RETIRED, 0)
                    .set(IMPORT_BATCH.MAPPING_JSON, DomainJson.mappingToJson(commit.mapping()))
                    .returning(IMPORT_BATCH.ID).fetchOne().getId();

            Map<String, Long> existing = new HashMap<>();
            tx.select(SOURCE_RECORD.RECORD_KEY, SOURCE_RECORD.ID).from(SOURCE_RECORD)
                    .where(SOURCE_RECORD.SOURCE_ID.eq(sourceId))
                    .fetch().forEach(r -> existing.put(r.value1(), r.value2()));

            RecordWriter writer = new RecordWriter(tx, sourceId, batchId, existing);
            ReadTotals totals = producer.produce(writer::accept);
            writer.flush();

            int retired = tx.update(SOURCE_RECORD).set(SOURCE_RECORD.IS_CURRENT, false)
                    .where(SOURCE_RECORD.SOURCE_ID.eq(sourceId))
                    .and(SOURCE_RECORD.IS_CURRENT.isTrue())
                    .and(SOURCE_RECORD.LAST_BATCH_ID.ne(batchId))
                    .execute();
            writeProblems(tx, batchId, totals.problems());
            tx.update(SOURCE).set(SOURCE.RISK_SCALE_JSON, DomainJson.riskScaleToJson(totals.riskScale()))
                    .where(SOURCE.ID.eq(sourceId)).execute();
            tx.update(IMPORT_BATCH)
                    .set(IMPORT_BATCH.ROWS_READ, totals.rowsRead())
                    .set(IMPORT_BATCH.ROWS_IMPORTED, writer.kept + writer.added)
                    .set(IMPORT_BATCH.ROWS_SKIPPED, totals.rowsSkipped())
                    .set(IMPORT_BATCH.RECORDS_KEPT, writer.kept)
                    .set(IMPORT_BATCH.RECORDS_NEW, writer.added)
                    .set(IMPORT_BATCH.RECORDS_RETIRED, retired)
                    .where(IMPORT_BATCH.ID.eq(batchId)).execute();
            LOG.info("Import of {} into '{}': {} kept, {} new, {} retired, {} rows skipped", commit.fileName(),
                    commit.sourceName(), writer.kept, writer.added, retired, totals.rowsSkipped());
            return SourceRepository.toBatch(tx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchOne());
        });
    }

    /** The problems recorded for a batch, in row order. */
    public List<ImportProblem> problems(long batchId) {
        return dsl.selectFrom(IMPORT_PROBLEM).where(IMPORT_PROBLEM.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_PROBLEM.ROW_NUMBER, IMPORT_PROBLEM.ID)
                .fetch(p -> new ImportProblem(p.getRowNumber() == null ? 0 : p.getRowNumber(), p.getColumnName(),
                        ImportProblem.Severity.valueOf(p.getSeverity()), p.getMessage()));
    }

    private static int findOrCreateSource(DSLContext tx, ImportCommit commit) {
        SourceRecord source = tx.selectFrom(SOURCE)
                .where(org.jooq.impl.DSL.lower(SOURCE.NAME).eq(commit.sourceName().trim().toLowerCase()))
                .fetchOne();
        if (source == null) {
            source = tx.newRecord(SOURCE);
            source.setName(commit.sourceName().trim());
            source.setCreatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        }
        source.setAgencyKind(commit.kind().name());
        source.setMappingJson(DomainJson.mappingToJson(commit.mapping()));
        source.setRiskScaleJson(DomainJson.riskScaleToJson(commit.riskScale()));
        source.store();
        return source.getId();
    }

    private static void writeProblems(DSLContext tx, long batchId, List<ImportProblem> problems) {
        for (int from = 0; from < problems.size(); from += BATCH_SIZE) {
            BatchBindStep batch = tx.batch(tx.insertInto(IMPORT_PROBLEM, IMPORT_PROBLEM.BATCH_ID,
                    IMPORT_PROBLEM.ROW_NUMBER, IMPORT_PROBLEM.COLUMN_NAME, IMPORT_PROBLEM.SEVERITY,
                    IMPORT_PROBLEM.MESSAGE).values((Long) null, null, null, null, null));
            for (ImportProblem p : problems.subList(from, Math.min(problems.size(), from + BATCH_SIZE))) {
                batch.bind(batchId, p.rowNumber(), fit(p.column(), 200), p.severity().name(), fit(p.message(), 1000));
            }
            batch.execute();
        }
    }

    private static String fit(String s, int max) {
        return s != null && s.length() > max ? s.substring(0, max) : s;
    }

    /** Buffers inserts and updates and sends them to H2 in batches of {@value #BATCH_SIZE}. */
    private static final class RecordWriter {
        private final DSLContext tx;
        private final int sourceId;
        private final long batchId;
        private final Map<String, Long> existing;
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private final List<Field<?>> valueFields = new ArrayList<>();
        int kept;
        int added;

        RecordWriter(DSLContext tx, int sourceId, long batchId, Map<String, Long> existing) {
            this.tx = tx;
            this.sourceId = sourceId;
            this.batchId = batchId;
            this.existing = existing;
            valueFields.add(SOURCE_RECORD.LAST_BATCH_ID);
            valueFields.add(SOURCE_RECORD.IS_CURRENT);
            valueFields.add(SOURCE_RECORD.CONTENT_HASH);
            valueFields.add(SOURCE_RECORD.SHEET_NAME);
            valueFields.add(SOURCE_RECORD.ROW_NUMBER);
            valueFields.addAll(RecordColumns.TEXT.values());
            valueFields.add(SOURCE_RECORD.RISK_BAND);
            valueFields.add(SOURCE_RECORD.NON_COMPLIANCE_DATE);
            valueFields.add(SOURCE_RECORD.LAST_VISIT_DATE);
            valueFields.add(SOURCE_RECORD.ORIGINAL_JSON);
        }

        void accept(StagedRecord r) {
            List<Object> values = new ArrayList<>(valueFields.size() + 4);
            values.add(batchId);
            values.add(true);
            values.add(r.contentHash());
            values.add(r.sheetName());
            values.add(r.rowNumber());
            for (Map.Entry<org.crosscheck.domain.CanonicalField, TableField<org.crosscheck.storage.jooq.tables.records
                    .SourceRecordRecord, String>> e : RecordColumns.TEXT.entrySet()) {
                values.add(RecordColumns.fit(e.getValue(), r.value(e.getKey())));
            }
            values.add(r.riskBand().name());
            values.add(r.nonComplianceDate());
            values.add(r.lastVisitDate());
            values.add(r.originalJson());
            Long id = existing.get(r.recordKey());
            if (id != null) {
                values.add(id);
                updates.add(values.toArray());
                kept++;
            } else {
                values.add(0, sourceId);
                values.add(1, r.recordKey());
                values.add(2, batchId);
                inserts.add(values.toArray());
                existing.put(r.recordKey(), -1L);
                added++;
            }
            if (inserts.size() >= BATCH_SIZE || updates.size() >= BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (!inserts.isEmpty()) {
                List<Field<?>> columns = new ArrayList<>();
                columns.add(SOURCE_RECORD.SOURCE_ID);
                columns.add(SOURCE_RECORD.RECORD_KEY);
                columns.add(SOURCE_RECORD.FIRST_BATCH_ID);
                columns.addAll(valueFields);
                executeBatch(tx.insertInto(SOURCE_RECORD, columns).values(new Object[columns.size()]), inserts);
                inserts.clear();
            }
            if (!updates.isEmpty()) {
                Map<Field<?>, Object> set = new java.util.LinkedHashMap<>();
                valueFields.forEach(f -> set.put(f, null));
                executeBatch(tx.update(SOURCE_RECORD).set(set).where(SOURCE_RECORD.ID.eq((Long) null)), updates);
                updates.clear();
            }
        }

        /**
         * Runs one statement, rendered by jOOQ, for many rows of values as a JDBC batch: jOOQ's own batch converts
         * every value through its type system, which made it the slowest part of a large import.
         */
        private void executeBatch(org.jooq.Query query, List<Object[]> rows) {
            String sql = tx.render(query);
            tx.connection(connection -> {
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            statement.setObject(i + 1, row[i]);
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            });
        }
    }
}
