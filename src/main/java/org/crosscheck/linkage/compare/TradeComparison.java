package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Compares the kinds of business two records say they are, each agency in its own words (see Trades): missing when
 * either says nothing of its trade; alike when the trades they may be overlap (a "Restaurant/Cafe/Canteen" and a
 * "SHOP AND PREMISES"); different when they cannot be one trade (a café and a warehouse, a barber's and a garage).
 * Two businesses at one address are often of different trades, one business's records seldom.
 *
 * <p>Only the difference is evidence. Alike trades are what two records sharing a name have anyway ("Luxe Nails" is
 * a nail bar on every register), so counting them too would count the name twice: with alike weighed (+0.8 bits)
 * precision fell on a 2,100-business area (0.9761 to 0.9692); with it neutral F1 rose on every area measured.
 */
public final class TradeComparison implements Comparison {
    @Override
    public String name() {
        return "trade";
    }

    @Override
    public int levelCount() {
        return 3;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        if (a.trades() == 0 || b.trades() == 0) {
            return MISSING;
        }
        return (a.trades() & b.trades()) != 0 ? 1 : 2;
    }

    @Override
    public boolean isNeutralLevel(int level) {
        return level == 1;
    }

    @Override
    public boolean isExactLevel(int level) {
        return false;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == 2;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> "trade not known";
            case 1 -> "same kind of business";
            default -> "different kinds of business";
        };
    }
}
