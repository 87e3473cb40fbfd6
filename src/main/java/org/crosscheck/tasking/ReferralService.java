package org.crosscheck.tasking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;

/**
 * Officers' "eyes and ears" referrals: observations routed to the agency they matter to, and that agency's
 * feedback. The evaluation found officers stop sharing when they never hear back, so referrals without feedback are
 * always one click away.
 */
public final class ReferralService {
    private final Workspace workspace;
    private final PictureService picture;
    private final Clock clock;

    public ReferralService(Workspace workspace, PictureService picture, Clock clock) {
        this.workspace = workspace;
        this.picture = picture;
        this.clock = clock;
    }

    public long add(NewReferral referral, String user) {
        NewReferral toSave = referral;
        if (referral.entityId() != null) {
            var business = picture.profile(referral.entityId()).orElseThrow(() -> new WorkbenchException(
                    "There is no business " + referral.entityId() + " in the last link run."));
            if (referral.place() == null || referral.place().isBlank()) {
                // the place as the business is known today, so the referral still reads right after a relink
                toSave = new NewReferral(referral.entityId(), business.name()
                        + (business.address() == null ? "" : ", " + business.address()), referral.observedBy(),
                        referral.fromAgency(), referral.targetAgency(), referral.observedOn(), referral.details(),
                        referral.indicatorIds());
            }
        }
        return workspace.referrals().addReferral(toSave, user, LocalDateTime.now(clock));
    }

    /** Every referral, newest first; only those for {@code target} when it is given. */
    public List<Referral> list(AgencyKind target) {
        return workspace.referrals().referrals().stream()
                .filter(r -> target == null || r.targetAgency() == target).toList();
    }

    public List<Referral> awaitingFeedback() {
        return workspace.referrals().referrals().stream().filter(Referral::awaitingFeedback).toList();
    }

    public List<Referral> about(long entityId) {
        return workspace.referrals().referrals().stream()
                .filter(r -> r.entityId() != null && r.entityId() == entityId).toList();
    }

    public void feedback(long referralId, FeedbackVerdict verdict, String note, String user) {
        workspace.referrals().addFeedback(referralId, verdict, note, user, LocalDateTime.now(clock));
    }

    public List<GoldenIndicator> indicators() {
        return workspace.referrals().indicators();
    }

    public int addIndicator(AgencyKind agency, String text) {
        return workspace.referrals().addIndicator(agency, text);
    }

    public void setIndicatorActive(int id, boolean active) {
        workspace.referrals().setIndicatorActive(id, active);
    }
}
