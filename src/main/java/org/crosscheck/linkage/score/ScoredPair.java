package org.crosscheck.linkage.score;

/**
 * A candidate pair with its comparison vector, match weight (bits) and probability 0..1. {@code strongAgainst}:
 * a hard rule says these are different businesses (different company numbers, different units of one building, a successor company's name),
 * so clustering never merges across it; {@code strongFor}: same UPRN and name.
 */
public record ScoredPair(int left, int right, long vector, double weight, double probability, boolean strongAgainst,
                         boolean strongFor) {
}
