package org.crosscheck.domain;

/** Two business entities linked by something they share (a mobile, a contact, a company number). */
public record EntityAssociation(long entityA, long entityB, String kind, String value) {
}
