package org.crosscheck.domain;

/** The common risk scale every agency's own rating is brought onto; UNKNOWN when a raw value has no band. */
public enum RiskBand {
    HIGH, MEDIUM, LOW, NONE, UNKNOWN;

    /** How serious the band is, for ordering: high 4 down to unknown 0. */
    public int severity() {
        return switch (this) {
            case HIGH -> 4;
            case MEDIUM -> 3;
            case LOW -> 2;
            case NONE -> 1;
            case UNKNOWN -> 0;
        };
    }

    /** The more serious of two bands. */
    public static RiskBand higher(RiskBand a, RiskBand b) {
        return a.severity() >= b.severity() ? a : b;
    }
}
