package org.crosscheck.linkage.cluster;

/**
 * A link between two different business entities that matters to investigators without making them one
 * business: they share a mobile number, a contact or director, or a company number. {@code value} is what they
 * share. Entity ids are ordered, lower first.
 */
public record Association(long entityA, long entityB, Kind kind, String value) {

    /** What two businesses have in common. */
    public enum Kind { SHARED_MOBILE, SHARED_CONTACT, SHARED_COMPANY }
}
