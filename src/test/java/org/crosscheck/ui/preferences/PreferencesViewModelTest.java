package org.crosscheck.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosscheck.settings.AppSettings;
import org.crosscheck.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolkit-free: the Preferences view model shows the saved values, saves good ones and explains bad ones. */
class PreferencesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void savedValuesAreShownAndChangesAreWritten() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(AppSettings.defaults().withPreferences("Sam Jones", 0.75, 0.2, 14));
        PreferencesViewModel vm = new PreferencesViewModel(store);
        assertEquals("Sam Jones", vm.analystNameProperty().get());
        assertEquals("0.75", vm.matchThresholdProperty().get());
        assertEquals("0.2", vm.reviewThresholdProperty().get());
        assertEquals("14", vm.staleDaysProperty().get());
        vm.staleDaysProperty().set("60");
        assertTrue(vm.save());
        assertEquals(60, store.load().staleDays());
    }

    @Test
    void aThresholdThatIsNotANumberIsExplainedAndNothingIsSaved() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        PreferencesViewModel vm = new PreferencesViewModel(store);
        vm.matchThresholdProperty().set("high");
        vm.analystNameProperty().set("Someone Else");
        assertFalse(vm.save());
        assertEquals("“Link automatically from” needs a number.", vm.problemProperty().get());
        assertEquals(AppSettings.defaults(), store.load());
    }
}
