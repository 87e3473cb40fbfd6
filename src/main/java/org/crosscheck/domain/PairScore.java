package org.crosscheck.domain;

/**
 * A scored pair of stored records as a run saved it: its comparison vector, match weight (bits), probability
 * 0..1, band, hard-rule flags and the per-comparison explanation ("name:1:+9.8;postcode:1:+6.2;...").
 */
public record PairScore(long leftRecordId, long rightRecordId, long vector, double weight, double probability,
                        MatchBand band, boolean strongAgainst, boolean strongFor, String explanation) {
}
