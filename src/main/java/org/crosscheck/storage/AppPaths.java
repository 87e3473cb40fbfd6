package org.crosscheck.storage;

import java.nio.file.Path;

/** Where the app keeps its own files (logs) in the user's application-data folder. */
public final class AppPaths {
    private AppPaths() {
    }

    /** {@code %APPDATA%\Crosscheck} on Windows, {@code ~/.local/share/crosscheck} elsewhere. */
    public static Path dataDirectory() {
        String appData = System.getenv("APPDATA");
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(appData, "Crosscheck");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share"))
                .resolve("crosscheck");
    }

    public static Path logFile() {
        return dataDirectory().resolve("logs").resolve("crosscheck.log");
    }
}
