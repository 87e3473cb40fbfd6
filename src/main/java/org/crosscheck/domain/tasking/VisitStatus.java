package org.crosscheck.domain.tasking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit is in its life: proposed at the meeting, agreed by the agencies, visited, followed up, closed.
 * A step back is allowed (an agreed visit can return to proposed) so a slip of the hand can be put right.
 */
public enum VisitStatus {
    PROPOSED, AGREED, VISITED, FOLLOW_UP, CLOSED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<VisitStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(AGREED, CANCELLED);
            case AGREED -> EnumSet.of(PROPOSED, VISITED, CANCELLED);
            case VISITED -> EnumSet.of(AGREED, FOLLOW_UP, CLOSED);
            case FOLLOW_UP -> EnumSet.of(VISITED, CLOSED);
            case CLOSED -> EnumSet.of(FOLLOW_UP);
            case CANCELLED -> EnumSet.of(PROPOSED);
        };
    }

    public boolean canMoveTo(VisitStatus target) {
        return next().contains(target);
    }

    /** Still going ahead or under way: counts for clashes with other plans. */
    public boolean isLive() {
        return this == PROPOSED || this == AGREED;
    }
}
