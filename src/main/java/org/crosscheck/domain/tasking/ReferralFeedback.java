package org.crosscheck.domain.tasking;

import java.time.LocalDateTime;

/** The receiving agency's answer to a referral. */
public record ReferralFeedback(long referralId, FeedbackVerdict verdict, String note, String givenBy,
                               LocalDateTime givenAt) {
}
