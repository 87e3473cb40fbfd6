package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Compares towns only where postcodes cannot: when both records have a postcode the town adds nothing (and agencies
 * write a locality or the post town interchangeably), so the level is missing. Levels: missing; same town; other.
 */
public final class TownComparison implements Comparison {
    @Override
    public String name() {
        return "town";
    }

    @Override
    public int levelCount() {
        return 3;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        if (a.town() == null || b.town() == null || a.postcode() != null && b.postcode() != null) {
            return MISSING;
        }
        return a.town().equals(b.town()) ? 1 : 2;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == 2;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> "town not compared";
            case 1 -> "same town";
            default -> "different town";
        };
    }
}
