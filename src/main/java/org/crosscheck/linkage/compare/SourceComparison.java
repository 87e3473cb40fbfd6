package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Whether two records come from the same agency's file. An agency seldom holds one business twice, so two of its
 * records at one address are usually two businesses (successive occupiers, units it does not number), while
 * records from different agencies are what linkage exists to join. Levels: (never missing) same source; different.
 */
public final class SourceComparison implements Comparison {
    @Override
    public String name() {
        return "source";
    }

    @Override
    public int levelCount() {
        return 3;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        return a.sourceId() == b.sourceId() ? 1 : 2;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case 1 -> "both from the same agency";
            case 2 -> "from different agencies";
            default -> "";
        };
    }
}
