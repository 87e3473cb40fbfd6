package org.crosscheck.domain.tasking;

/** Whether a referral helped: officers stop sharing when they never hear back. */
public enum FeedbackVerdict {
    USEFUL, NOT_USEFUL, ACTED_ON
}
