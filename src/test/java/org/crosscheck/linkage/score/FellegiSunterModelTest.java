package org.crosscheck.linkage.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FellegiSunterModelTest {
    private final FellegiSunterModel model = new FellegiSunterModel(List.of("name", "phone"),
            new double[][] {{0, 0.8, 0.2}, {0, 0.9, 0.1}}, new double[][] {{0, 0.01, 0.99}, {0, 0.001, 0.999}}, 0.001);

    @Test
    void fitsTheComparisonsItWasTrainedFor() {
        assertTrue(model.fits(List.of("name", "phone"), new int[] {3, 3}));
    }

    @Test
    void aModelSavedBeforeAComparisonGainedLevelsDoesNotFit() {
        // an incremental relink then trains afresh instead of reading levels the saved model never had
        assertFalse(model.fits(List.of("name", "phone"), new int[] {9, 3}));
        assertFalse(model.fits(List.of("name", "email"), new int[] {3, 3}));
        assertFalse(model.fits(List.of("name"), new int[] {3}));
    }
}
