package org.crosscheck.storage;

import static org.crosscheck.storage.TaskingRepository.clip;
import static org.crosscheck.storage.jooq.Tables.EXPORT_LOG;
import static org.crosscheck.storage.jooq.Tables.SHARING_RULE;
import static org.crosscheck.storage.jooq.Tables.SOURCE;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.jooq.DSLContext;

/** Data-sharing rules per source (defaults for sources without one) and the append-only export audit log. */
public final class SharingRepository {
    private final DSLContext dsl;

    SharingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The rule of every source, by source name; a source never configured gets {@link SharingRule#defaultFor}. */
    public List<SharingRule> rules() {
        return dsl.select(SOURCE.ID, SOURCE.NAME, SOURCE.AGENCY_KIND, SHARING_RULE.DEFAULT_LEVEL, SHARING_RULE.FULL_TO,
                        SHARING_RULE.HELD_ONLY_TO, SHARING_RULE.GATEWAY, SHARING_RULE.UPDATED_BY,
                        SHARING_RULE.UPDATED_AT)
                .from(SOURCE).leftJoin(SHARING_RULE).on(SHARING_RULE.SOURCE_ID.eq(SOURCE.ID))
                .orderBy(SOURCE.NAME)
                .fetch(r -> {
                    AgencyKind kind = AgencyKind.valueOf(r.value3());
                    if (r.value4() == null) {
                        return SharingRule.defaultFor(r.value1(), r.value2(), kind);
                    }
                    return new SharingRule(r.value1(), r.value2(), kind, SharingLevel.valueOf(r.value4()),
                            split(r.value5()), split(r.value6()), r.value7(), r.value8(), r.value9());
                });
    }

    /** Saves (replacing) one source's rule. */
    public void save(SharingRule rule, String user, LocalDateTime now) {
        String full = String.join(",", new java.util.TreeSet<>(rule.fullTo()));
        String held = String.join(",", new java.util.TreeSet<>(rule.heldOnlyTo()));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(SHARING_RULE).where(SHARING_RULE.SOURCE_ID.eq(rule.sourceId())).execute();
            tx.insertInto(SHARING_RULE).set(SHARING_RULE.SOURCE_ID, rule.sourceId())
                    .set(SHARING_RULE.DEFAULT_LEVEL, rule.defaultLevel().name()).set(SHARING_RULE.FULL_TO, full)
                    .set(SHARING_RULE.HELD_ONLY_TO, held).set(SHARING_RULE.GATEWAY, clip(rule.gateway(), 2000))
                    .set(SHARING_RULE.UPDATED_BY, clip(user, 100)).set(SHARING_RULE.UPDATED_AT, now).execute();
        });
        Workspace.flush(dsl);
    }

    public long log(ExportLogEntry e) {
        long id = dsl.insertInto(EXPORT_LOG).set(EXPORT_LOG.EXPORTED_AT, e.at())
                .set(EXPORT_LOG.EXPORTED_BY, clip(e.user(), 100)).set(EXPORT_LOG.RECIPIENT, e.recipientKey())
                .set(EXPORT_LOG.WHAT, clip(e.what(), 40)).set(EXPORT_LOG.FILE_NAME, clip(e.fileName(), 1000))
                .set(EXPORT_LOG.BUSINESSES, e.businesses()).set(EXPORT_LOG.WITHHELD, e.withheld())
                .set(EXPORT_LOG.DETAIL, clip(e.detail() == null ? "" : e.detail(), 2000))
                .returningResult(EXPORT_LOG.ID).fetchOne().value1();
        Workspace.flush(dsl);
        return id;
    }

    /** The audit log, newest first. */
    public List<ExportLogEntry> logEntries() {
        return dsl.selectFrom(EXPORT_LOG).orderBy(EXPORT_LOG.ID.desc())
                .fetch(r -> new ExportLogEntry(r.getId(), r.getExportedAt(), r.getExportedBy(), r.getRecipient(),
                        r.getWhat(), r.getFileName(), r.getBusinesses(), r.getWithheld(), r.getDetail()));
    }

    private static Set<String> split(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
