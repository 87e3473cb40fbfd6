package org.crosscheck.ui.picture;

import org.crosscheck.insight.PictureFilter;

/** The one-click filters of the businesses list. */
public enum QuickFilter {
    ALL("All businesses", 0, 0),
    KNOWN_TWO("Known to 2+ agencies", 2, 0),
    KNOWN_THREE("Known to 3+ agencies", 3, 0),
    INTEREST_TWO("Concern from 2+ agencies", 0, 2),
    INTEREST_THREE("Concern from 3+ agencies", 0, 3);

    private final String label;
    private final int minAgencies;
    private final int minInterest;

    QuickFilter(String label, int minAgencies, int minInterest) {
        this.label = label;
        this.minAgencies = minAgencies;
        this.minInterest = minInterest;
    }

    PictureFilter applyTo(PictureFilter filter) {
        return filter.withMinAgencies(minAgencies).withMinInterest(minInterest);
    }

    @Override
    public String toString() {
        return label;
    }
}
