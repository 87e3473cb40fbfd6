package org.crosscheck.tasking;

/**
 * A reason to look again at a planned visit.
 *
 * @param otherVisitId the visit it clashes with, or null when the clash is with an agency's own visit record
 */
public record Clash(Kind kind, String message, Long otherVisitId) {
    public enum Kind {
        /** Another visit to the same premises is planned in the same window. */
        ALSO_PLANNED,
        /** The business was visited by an agency within the window before the planned date. */
        RECENTLY_VISITED
    }
}
