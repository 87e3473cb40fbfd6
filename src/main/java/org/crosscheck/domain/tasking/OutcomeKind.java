package org.crosscheck.domain.tasking;

/** What an agency found or did on a visit. "No concerns" is intelligence too: it is recorded like the rest. */
public enum OutcomeKind {
    ARREST, NOTICE, SEIZURE, REFERRAL, ADVICE, NO_CONCERNS, OTHER
}
