package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkageEngineTest {

    @Test
    void uIsEstimatedFromTheSettingsPairsOnATownAndThreePerRecordOnALargeArea() {
        LinkageSettings defaults = LinkageSettings.defaults();
        assertEquals(300_000, LinkageEngine.uSamplePairs(defaults, 5_000));
        assertEquals(300_000, LinkageEngine.uSamplePairs(defaults, 100_000));
        assertEquals(3_000_000, LinkageEngine.uSamplePairs(defaults, 1_000_000));
    }
}
