package org.crosscheck.tasking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitStatus;

/**
 * Finds clashes for a planned visit: another live plan for the same business within the window (two agencies
 * planning the same premises, or the same visit entered twice), and a visit to it by any agency within the window
 * before the planned date (from the tasking list, or the last-visit dates the agencies' own files record).
 * Pure: the same inputs always give the same clashes.
 */
public final class ClashDetector {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private final int windowDays;

    public ClashDetector(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative");
        }
        this.windowDays = windowDays;
    }

    /**
     * @param visit      the visit to check
     * @param allVisits  every visit on the list (the visit itself is skipped)
     * @param lastVisits the latest visit date each agency's own records give for the business
     */
    public List<Clash> clashes(Visit visit, List<Visit> allVisits, Map<AgencyKind, LocalDate> lastVisits) {
        List<Clash> out = new ArrayList<>();
        LocalDate date = visit.plannedDate();
        for (Visit other : allVisits) {
            if (other.id() == visit.id() || other.entityId() != visit.entityId()) {
                continue;
            }
            if (other.status().isLive() && visit.status().isLive() && near(date, other.plannedDate())) {
                String who = other.leadAgency() == visit.leadAgency() ? "another visit led by the same agency"
                        : "a visit led by " + label(other.leadAgency());
                out.add(new Clash(Clash.Kind.ALSO_PLANNED, "Also planned: " + who + " on "
                        + day(other.plannedDate()) + " (visit " + other.id() + ", " + lower(other.status()) + ").",
                        other.id()));
            } else if (wasVisited(other) && before(other.plannedDate(), date)) {
                out.add(new Clash(Clash.Kind.RECENTLY_VISITED, "Visited " + daysBefore(other.plannedDate(), date)
                        + " by a visit led by " + label(other.leadAgency()) + " (visit " + other.id() + ").",
                        other.id()));
            }
        }
        lastVisits.forEach((agency, when) -> {
            if (before(when, date)) {
                out.add(new Clash(Clash.Kind.RECENTLY_VISITED, label(agency) + " recorded a visit on " + day(when)
                        + ", " + daysBefore(when, date) + ".", null));
            }
        });
        return out;
    }

    private boolean near(LocalDate a, LocalDate b) {
        // an undated plan clashes with any other plan for the premises: nobody has fixed the day yet
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= windowDays;
    }

    /** True when {@code earlier} falls within the window before {@code planned} (or today, for an undated plan). */
    private boolean before(LocalDate earlier, LocalDate planned) {
        if (earlier == null) {
            return false;
        }
        LocalDate reference = planned == null ? LocalDate.now() : planned;
        long days = ChronoUnit.DAYS.between(earlier, reference);
        return days >= 0 && days <= windowDays;
    }

    private static boolean wasVisited(Visit v) {
        return v.status() == VisitStatus.VISITED || v.status() == VisitStatus.FOLLOW_UP
                || v.status() == VisitStatus.CLOSED;
    }

    private static String daysBefore(LocalDate earlier, LocalDate planned) {
        if (planned == null) {
            return "on " + day(earlier);
        }
        long days = ChronoUnit.DAYS.between(earlier, planned);
        return days == 0 ? "the same day as planned" : days + (days == 1 ? " day" : " days") + " before the planned date";
    }

    private static String day(LocalDate d) {
        return d == null ? "a date not yet set" : DAY.format(d);
    }

    private static String lower(VisitStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String label(AgencyKind agency) {
        return agency.label();
    }
}
