package org.crosscheck.storage;

import java.nio.file.Path;

/**
 * Where the app keeps its own files (logs, settings, recent workspaces) in the user's application-data folder.
 * The system property {@code crosscheck.datadir} moves it (tests, or IT teams that want it on a shared drive).
 */
public final class AppPaths {
    private AppPaths() {
    }

    /** {@code %APPDATA%\Crosscheck} on Windows, {@code ~/.local/share/crosscheck} elsewhere. */
    public static Path dataDirectory() {
        String override = System.getProperty("crosscheck.datadir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(appData, "Crosscheck");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share"))
                .resolve("crosscheck");
    }

    /** The app's settings and recent workspaces (JSON, written atomically). */
    public static Path settingsFile() {
        return dataDirectory().resolve("settings.json");
    }

    public static Path logFile() {
        return dataDirectory().resolve("logs").resolve("crosscheck.log");
    }
}
