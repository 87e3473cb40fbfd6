package org.crosscheck.storage;

import static org.crosscheck.storage.TaskingRepository.clip;
import static org.crosscheck.storage.jooq.Tables.GOLDEN_INDICATOR;
import static org.crosscheck.storage.jooq.Tables.REFERRAL;
import static org.crosscheck.storage.jooq.Tables.REFERRAL_FEEDBACK;
import static org.crosscheck.storage.jooq.Tables.REFERRAL_INDICATOR;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.ReferralFeedback;
import org.jooq.DSLContext;

/** Officers' intelligence referrals, the golden indicators they tick, and the feedback on each. */
public final class ReferralRepository {
    private final DSLContext dsl;

    ReferralRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<GoldenIndicator> indicators() {
        return dsl.selectFrom(GOLDEN_INDICATOR).orderBy(GOLDEN_INDICATOR.AGENCY_KIND, GOLDEN_INDICATOR.ID)
                .fetch(r -> new GoldenIndicator(r.getId(), AgencyKind.valueOf(r.getAgencyKind()), r.getText(),
                        r.getActive()));
    }

    public int addIndicator(AgencyKind agency, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkbenchException("Write the indicator's text.");
        }
        boolean exists = dsl.fetchExists(GOLDEN_INDICATOR, GOLDEN_INDICATOR.AGENCY_KIND.eq(agency.name())
                .and(GOLDEN_INDICATOR.TEXT.equalIgnoreCase(text.trim())));
        if (exists) {
            throw new WorkbenchException("That indicator is already on the list for " + agency + ".");
        }
        int id = dsl.insertInto(GOLDEN_INDICATOR).set(GOLDEN_INDICATOR.AGENCY_KIND, agency.name())
                .set(GOLDEN_INDICATOR.TEXT, clip(text.trim(), 300)).set(GOLDEN_INDICATOR.ACTIVE, true)
                .returningResult(GOLDEN_INDICATOR.ID).fetchOne().value1();
        Workspace.flush(dsl);
        return id;
    }

    /** Retires or restores an indicator; retired ones stay on the referrals that used them. */
    public void setIndicatorActive(int id, boolean active) {
        dsl.update(GOLDEN_INDICATOR).set(GOLDEN_INDICATOR.ACTIVE, active).where(GOLDEN_INDICATOR.ID.eq(id)).execute();
        Workspace.flush(dsl);
    }

    public long addReferral(NewReferral n, String user, LocalDateTime now) {
        List<Integer> known = dsl.select(GOLDEN_INDICATOR.ID).from(GOLDEN_INDICATOR).fetch(GOLDEN_INDICATOR.ID);
        for (Integer id : n.indicatorIds()) {
            if (!known.contains(id)) {
                throw new WorkbenchException("There is no golden indicator " + id + ".");
            }
        }
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long referralId = tx.insertInto(REFERRAL)
                    .set(REFERRAL.ENTITY_ID, n.entityId())
                    .set(REFERRAL.PLACE_TEXT, clip(n.place() == null ? "" : n.place(), 1000))
                    .set(REFERRAL.OBSERVED_BY, clip(n.observedBy().trim(), 200))
                    .set(REFERRAL.FROM_AGENCY, n.fromAgency().name())
                    .set(REFERRAL.TARGET_AGENCY, n.targetAgency().name())
                    .set(REFERRAL.OBSERVED_ON, n.observedOn())
                    .set(REFERRAL.DETAILS, clip(n.details(), 4000))
                    .set(REFERRAL.RECORDED_BY, clip(user, 100))
                    .set(REFERRAL.RECORDED_AT, now)
                    .returningResult(REFERRAL.ID).fetchOne().value1();
            for (Integer indicator : n.indicatorIds()) {
                tx.insertInto(REFERRAL_INDICATOR).set(REFERRAL_INDICATOR.REFERRAL_ID, referralId)
                        .set(REFERRAL_INDICATOR.INDICATOR_ID, indicator).execute();
            }
            return referralId;
        });
        Workspace.flush(dsl);
        return id;
    }

    public void addFeedback(long referralId, FeedbackVerdict verdict, String note, String user, LocalDateTime now) {
        if (!dsl.fetchExists(REFERRAL, REFERRAL.ID.eq(referralId))) {
            throw new WorkbenchException("There is no referral " + referralId + ".");
        }
        dsl.insertInto(REFERRAL_FEEDBACK).set(REFERRAL_FEEDBACK.REFERRAL_ID, referralId)
                .set(REFERRAL_FEEDBACK.VERDICT, verdict.name()).set(REFERRAL_FEEDBACK.NOTE, clip(note, 2000))
                .set(REFERRAL_FEEDBACK.GIVEN_BY, clip(user, 100)).set(REFERRAL_FEEDBACK.GIVEN_AT, now).execute();
        Workspace.flush(dsl);
    }

    /** Every referral, newest first, with its indicators and latest feedback. */
    public List<Referral> referrals() {
        Map<Integer, GoldenIndicator> indicators = new HashMap<>();
        indicators().forEach(i -> indicators.put(i.id(), i));
        Map<Long, List<GoldenIndicator>> ticked = new HashMap<>();
        dsl.selectFrom(REFERRAL_INDICATOR).orderBy(REFERRAL_INDICATOR.INDICATOR_ID)
                .forEach(r -> ticked.computeIfAbsent(r.getReferralId(), k -> new ArrayList<>())
                        .add(indicators.get(r.getIndicatorId())));
        Map<Long, ReferralFeedback> latest = new HashMap<>();
        dsl.selectFrom(REFERRAL_FEEDBACK).orderBy(REFERRAL_FEEDBACK.ID)
                .forEach(r -> latest.put(r.getReferralId(), new ReferralFeedback(r.getReferralId(),
                        FeedbackVerdict.valueOf(r.getVerdict()), r.getNote(), r.getGivenBy(), r.getGivenAt())));
        return dsl.selectFrom(REFERRAL).orderBy(REFERRAL.ID.desc())
                .fetch(r -> new Referral(r.getId(), r.getEntityId(), r.getPlaceText(), r.getObservedBy(),
                        AgencyKind.valueOf(r.getFromAgency()), AgencyKind.valueOf(r.getTargetAgency()),
                        r.getObservedOn(), r.getDetails(), ticked.getOrDefault(r.getId(), List.of()),
                        r.getRecordedBy(), r.getRecordedAt(), latest.get(r.getId())));
    }
}
