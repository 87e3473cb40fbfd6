package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameComparisonTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc 123 ltd", "123", "", " ", "unit 4b", "a1b2c3", "  7 days  ", "no numbers here",
        "tab\t9\tname", "12 34 56", "x\u000b5\u000cy", "\u0001 1 a \u0002", "caf\u00e9 \u0663 ok", "42nd street"})
    void withoutNumbersIsWhatTheTwoRegularExpressionsGave(String name) {
        String expected = name.replaceAll("\\d+", " ").replaceAll("\\s+", " ").trim();
        assertEquals(expected, NameComparison.withoutNumbers(name));
    }

    @Test
    void aNumberInsideANameLeavesOneSpace() {
        assertEquals("abc properties ltd", NameComparison.withoutNumbers("abc properties 2 ltd"));
    }
}
