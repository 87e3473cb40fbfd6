package org.crosscheck.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.domain.WorkbenchException;

/**
 * The analyst's own settings, kept in the application-data folder rather than in a workspace: the name recorded
 * with review decisions, the thresholds a new link run starts from, the age after which a source counts as stale,
 * and the workspaces opened most recently (newest first). Immutable.
 *
 * @param analystName      name written into the audit trail of review decisions; never blank
 * @param matchThreshold   probability 0..1 a new link run starts with, from which pairs link automatically
 * @param reviewThreshold  probability 0..1 a new link run starts with, from which pairs go to review; below match
 * @param staleDays        days (1..3650) after which a source's latest import is shown as stale
 * @param recentWorkspaces absolute folders, newest first, at most {@link #MAX_RECENT}
 */
public record AppSettings(String analystName, double matchThreshold, double reviewThreshold, int staleDays,
                          List<Path> recentWorkspaces) {
    /** How many recent workspaces are remembered. */
    public static final int MAX_RECENT = 8;

    public AppSettings {
        recentWorkspaces = List.copyOf(recentWorkspaces);
    }

    /** The settings of a first run: the system user's name, the engine's default thresholds, 30 days. */
    public static AppSettings defaults() {
        return new AppSettings(System.getProperty("user.name", "analyst"), 0.5, 0.1, 30, List.of());
    }

    /** These settings with new values for the ones the Preferences dialog edits; checked first. */
    public AppSettings withPreferences(String analyst, double match, double review, int stale) {
        String name = analyst == null ? "" : analyst.strip();
        if (name.isEmpty()) {
            throw new WorkbenchException("Enter the analyst name that review decisions are recorded under.");
        }
        if (!(review >= 0 && review < match && match <= 1)) {
            throw new WorkbenchException("The thresholds must satisfy 0 ≤ review (" + review + ") < match (" + match
                    + ") ≤ 1.");
        }
        if (stale < 1 || stale > 3650) {
            throw new WorkbenchException("Stale after must be between 1 and 3650 days, not " + stale + ".");
        }
        return new AppSettings(name, match, review, stale, recentWorkspaces);
    }

    /** These settings with {@code folder} first in the recent list (moved up if it was there already). */
    public AppSettings withRecent(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(MAX_RECENT);
        recent.add(dir);
        recentWorkspaces.stream().filter(p -> !p.equals(dir)).limit(MAX_RECENT - 1L).forEach(recent::add);
        return new AppSettings(analystName, matchThreshold, reviewThreshold, staleDays, recent);
    }

    /** These settings without {@code folder} in the recent list (it was moved or deleted). */
    public AppSettings withoutRecent(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return new AppSettings(analystName, matchThreshold, reviewThreshold, staleDays,
                recentWorkspaces.stream().filter(p -> !p.equals(dir)).toList());
    }
}
