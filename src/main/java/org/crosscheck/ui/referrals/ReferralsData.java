package org.crosscheck.ui.referrals;

import java.util.List;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.BusinessProfile;

/** What the Referrals screen reads in one background step. */
record ReferralsData(List<Referral> referrals, List<GoldenIndicator> indicators, List<BusinessProfile> businesses) {
}
