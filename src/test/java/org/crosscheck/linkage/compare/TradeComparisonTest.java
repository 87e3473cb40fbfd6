package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.standardise.Trades;
import org.junit.jupiter.api.Test;

class TradeComparisonTest {
    private final TradeComparison trade = new TradeComparison();

    @Test
    void aCafeAndTheWarehouseBehindItAreDifferentKindsOfBusiness() {
        int level = trade.level(of("Restaurant/Cafe/Canteen"), of("WAREHOUSE AND PREMISES"));

        assertEquals(2, level);
        assertTrue(trade.isDisagreementLevel(level));
        assertEquals("different kinds of business", trade.describe(level));
        assertFalse(trade.isNeutralLevel(level));
    }

    @Test
    void aTakeawayAndTheRatesShopOfItsPremisesAreAlikeWhichIsNoEvidence() {
        int level = trade.level(of("Takeaway/sandwich shop"), of("SHOP AND PREMISES"));

        assertEquals(1, level);
        assertTrue(trade.isNeutralLevel(level));
    }

    @Test
    void aRecordThatSaysNothingOfItsTradeIsNotCompared() {
        assertEquals(Comparison.MISSING, trade.level(of("Restaurant"), of(null)));
        assertEquals(Comparison.MISSING, trade.level(of("OFFICE AND PREMISES"), of("Factory/warehouse")));
    }

    private static StdRecord of(String type) {
        return new StdRecord(0, 1, 1, List.of("kings head"), null, null, null, null, null, null, null, null,
                List.of(), List.of(), null, null, List.of(), List.of(), null, false, List.of(), Trades.of(type));
    }
}
