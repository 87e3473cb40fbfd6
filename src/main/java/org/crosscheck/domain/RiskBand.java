package org.crosscheck.domain;

/** The common risk scale every agency's own rating is brought onto; UNKNOWN when a raw value has no band. */
public enum RiskBand {
    HIGH, MEDIUM, LOW, NONE, UNKNOWN
}
