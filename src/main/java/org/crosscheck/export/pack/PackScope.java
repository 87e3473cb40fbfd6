package org.crosscheck.export.pack;

import java.time.LocalDate;

/**
 * Which businesses a pack or set of briefings covers: the tasking list of the week holding {@code week}, every
 * visit ({@code all}), or one business ({@code entityId}).
 */
public record PackScope(LocalDate week, boolean all, Long entityId) {
    public static PackScope week(LocalDate day) {
        return new PackScope(day, false, null);
    }

    public static PackScope allVisits() {
        return new PackScope(null, true, null);
    }

    public static PackScope business(long entityId) {
        return new PackScope(null, false, entityId);
    }

    public String describe() {
        if (entityId != null) {
            return "business " + entityId;
        }
        return all ? "all visits" : "week of " + week.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
    }
}
