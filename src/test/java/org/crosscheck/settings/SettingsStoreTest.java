package org.crosscheck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crosscheck.domain.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void noFileGivesTheDefaults() {
        assertEquals(AppSettings.defaults(), new SettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void savedSettingsAreReadBack() {
        SettingsStore store = new SettingsStore(dir.resolve("app").resolve("settings.json"));
        AppSettings saved = AppSettings.defaults().withPreferences("Priya Shah", 0.8, 0.2, 45)
                .withRecent(dir.resolve("one")).withRecent(dir.resolve("two"));
        store.save(saved);
        assertEquals(saved, new SettingsStore(store.file()).load());
    }

    @Test
    void writingLeavesOnlyTheSettingsFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(AppSettings.defaults());
        store.save(AppSettings.defaults().withPreferences("A N Other", 0.6, 0.1, 30));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("settings.json")), files.toList());
        }
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndIsKeptAside() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{ \"analystName\": ");
        assertEquals(AppSettings.defaults(), new SettingsStore(file).load());
        assertTrue(Files.exists(dir.resolve("settings.json.unreadable")));
    }

    @Test
    void recentWorkspacesAreNewestFirstWithoutRepeatsAndAtMostEight() {
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < 10; i++) {
            s = s.withRecent(dir.resolve("ws" + i));
        }
        s = s.withRecent(dir.resolve("ws5"));
        List<Path> expected = Stream.concat(Stream.of(5), IntStream.of(9, 8, 7, 6, 4, 3, 2).boxed())
                .map(i -> dir.resolve("ws" + i)).toList();
        assertEquals(expected, s.recentWorkspaces());
    }

    @Test
    void thresholdsInTheWrongOrderAreRefused() {
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> AppSettings.defaults().withPreferences("Priya", 0.3, 0.4, 30));
        assertEquals("The thresholds must satisfy 0 ≤ review (0.4) < match (0.3) ≤ 1.", e.getMessage());
    }

    @Test
    void aBlankAnalystNameIsRefused() {
        assertThrows(WorkbenchException.class, () -> AppSettings.defaults().withPreferences("  ", 0.5, 0.1, 30));
    }
}
