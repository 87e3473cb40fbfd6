package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.AGENCY_POWER;
import static org.crosscheck.storage.jooq.Tables.VISIT;
import static org.crosscheck.storage.jooq.Tables.VISIT_AGENCY;
import static org.crosscheck.storage.jooq.Tables.VISIT_OUTCOME;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.storage.jooq.tables.records.VisitRecord;
import org.jooq.DSLContext;

/**
 * Visits on the tasking list, the agencies attending, their outcomes, and the agencies' powers. Every write is
 * one transaction flushed to disk at once: these are a person's entries, not bulk data.
 */
public final class TaskingRepository {
    private final DSLContext dsl;

    TaskingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long addVisit(NewVisit v, String label, String postcode, String user, LocalDateTime now) {
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long visitId = tx.insertInto(VISIT)
                    .set(VISIT.ENTITY_ID, v.entityId())
                    .set(VISIT.BUSINESS_LABEL, clip(label, 1000))
                    .set(VISIT.POSTCODE, clip(postcode, 20))
                    .set(VISIT.PRIORITY, v.priority())
                    .set(VISIT.LEAD_AGENCY, v.leadAgency().name())
                    .set(VISIT.PLANNED_DATE, v.plannedDate())
                    .set(VISIT.OFFICERS_NEEDED, v.officersNeeded())
                    .set(VISIT.PURPOSE, v.purpose().name())
                    .set(VISIT.STATUS, VisitStatus.PROPOSED.name())
                    .set(VISIT.NOTES, clip(v.notes(), 4000))
                    .set(VISIT.CREATED_BY, clip(user, 100))
                    .set(VISIT.CREATED_AT, now)
                    .set(VISIT.UPDATED_AT, now)
                    .returningResult(VISIT.ID).fetchOne().value1();
            writeAttendance(tx, visitId, v.attending());
            return visitId;
        });
        Workspace.flush(dsl);
        return id;
    }

    /** Replaces a visit's plan (priority, lead, date, officers, purpose, notes, attending); keeps its status. */
    public void updateVisit(long visitId, NewVisit v, LocalDateTime now) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int n = tx.update(VISIT)
                    .set(VISIT.PRIORITY, v.priority())
                    .set(VISIT.LEAD_AGENCY, v.leadAgency().name())
                    .set(VISIT.PLANNED_DATE, v.plannedDate())
                    .set(VISIT.OFFICERS_NEEDED, v.officersNeeded())
                    .set(VISIT.PURPOSE, v.purpose().name())
                    .set(VISIT.NOTES, clip(v.notes(), 4000))
                    .set(VISIT.UPDATED_AT, now)
                    .where(VISIT.ID.eq(visitId)).execute();
            if (n == 0) {
                throw new org.crosscheck.domain.WorkbenchException("There is no visit " + visitId + ".");
            }
            tx.deleteFrom(VISIT_AGENCY).where(VISIT_AGENCY.VISIT_ID.eq(visitId)).execute();
            writeAttendance(tx, visitId, v.attending());
        });
        Workspace.flush(dsl);
    }

    private static void writeAttendance(DSLContext tx, long visitId, List<Attendance> attending) {
        for (Attendance a : attending) {
            tx.insertInto(VISIT_AGENCY).set(VISIT_AGENCY.VISIT_ID, visitId)
                    .set(VISIT_AGENCY.AGENCY_KIND, a.agency().name())
                    .set(VISIT_AGENCY.REASON, clip(a.reason() == null ? "" : a.reason(), 1000))
                    .execute();
        }
    }

    public void setStatus(long visitId, VisitStatus status, LocalDateTime now) {
        dsl.update(VISIT).set(VISIT.STATUS, status.name()).set(VISIT.UPDATED_AT, now)
                .where(VISIT.ID.eq(visitId)).execute();
        Workspace.flush(dsl);
    }

    public List<Visit> visits() {
        Map<Long, List<Attendance>> attending = new HashMap<>();
        dsl.selectFrom(VISIT_AGENCY).orderBy(VISIT_AGENCY.VISIT_ID, VISIT_AGENCY.AGENCY_KIND)
                .forEach(r -> attending.computeIfAbsent(r.getVisitId(), k -> new ArrayList<>())
                        .add(new Attendance(AgencyKind.valueOf(r.getAgencyKind()), r.getReason())));
        return dsl.selectFrom(VISIT).orderBy(VISIT.PLANNED_DATE.asc().nullsLast(), VISIT.PRIORITY, VISIT.ID)
                .fetch(r -> toVisit(r, attending.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Visit> visit(long id) {
        return visits().stream().filter(v -> v.id() == id).findFirst();
    }

    private static Visit toVisit(VisitRecord r, List<Attendance> attending) {
        return new Visit(r.getId(), r.getEntityId(), r.getBusinessLabel(), r.getPostcode(), r.getPriority(),
                AgencyKind.valueOf(r.getLeadAgency()), r.getPlannedDate(), r.getOfficersNeeded(),
                VisitPurpose.valueOf(r.getPurpose()), VisitStatus.valueOf(r.getStatus()), r.getNotes(), attending,
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt());
    }

    public long addOutcome(long visitId, AgencyKind agency, OutcomeKind kind, int quantity, String note, String user,
                           LocalDateTime now) {
        long id = dsl.insertInto(VISIT_OUTCOME)
                .set(VISIT_OUTCOME.VISIT_ID, visitId)
                .set(VISIT_OUTCOME.AGENCY_KIND, agency.name())
                .set(VISIT_OUTCOME.KIND, kind.name())
                .set(VISIT_OUTCOME.QUANTITY, quantity)
                .set(VISIT_OUTCOME.NOTE, clip(note, 2000))
                .set(VISIT_OUTCOME.RECORDED_BY, clip(user, 100))
                .set(VISIT_OUTCOME.RECORDED_AT, now)
                .returningResult(VISIT_OUTCOME.ID).fetchOne().value1();
        Workspace.flush(dsl);
        return id;
    }

    public void deleteOutcome(long outcomeId) {
        dsl.deleteFrom(VISIT_OUTCOME).where(VISIT_OUTCOME.ID.eq(outcomeId)).execute();
        Workspace.flush(dsl);
    }

    public List<VisitOutcome> outcomes() {
        return dsl.selectFrom(VISIT_OUTCOME).orderBy(VISIT_OUTCOME.VISIT_ID, VISIT_OUTCOME.ID)
                .fetch(r -> new VisitOutcome(r.getId(), r.getVisitId(), AgencyKind.valueOf(r.getAgencyKind()),
                        OutcomeKind.valueOf(r.getKind()), r.getQuantity(), r.getNote(), r.getRecordedBy(),
                        r.getRecordedAt()));
    }

    public List<AgencyPower> powers() {
        return dsl.selectFrom(AGENCY_POWER).orderBy(AGENCY_POWER.AGENCY_KIND)
                .fetch(r -> new AgencyPower(AgencyKind.valueOf(r.getAgencyKind()), r.getEntryWithoutWarrant(),
                        r.getEntryNote(), r.getSanctions(), r.getLooksFor()));
    }

    public void savePower(AgencyPower p) {
        dsl.mergeInto(AGENCY_POWER)
                .using(dsl.selectOne())
                .on(AGENCY_POWER.AGENCY_KIND.eq(p.agency().name()))
                .whenMatchedThenUpdate()
                .set(AGENCY_POWER.ENTRY_WITHOUT_WARRANT, p.entryWithoutWarrant())
                .set(AGENCY_POWER.ENTRY_NOTE, clip(p.entryNote(), 1000))
                .set(AGENCY_POWER.SANCTIONS, clip(p.sanctions(), 1000))
                .set(AGENCY_POWER.LOOKS_FOR, clip(p.looksFor(), 1000))
                .whenNotMatchedThenInsert(AGENCY_POWER.AGENCY_KIND, AGENCY_POWER.ENTRY_WITHOUT_WARRANT,
                        AGENCY_POWER.ENTRY_NOTE, AGENCY_POWER.SANCTIONS, AGENCY_POWER.LOOKS_FOR)
                .values(p.agency().name(), p.entryWithoutWarrant(), clip(p.entryNote(), 1000),
                        clip(p.sanctions(), 1000), clip(p.looksFor(), 1000))
                .execute();
        Workspace.flush(dsl);
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
