package org.crosscheck.domain.tasking;

/** Why the partnership visits: to enforce, or to help the business comply. */
public enum VisitPurpose {
    ENFORCEMENT, SUPPORT
}
