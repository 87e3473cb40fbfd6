package org.crosscheck.domain.sharing;

/** How much of a source's records a recipient may see. */
public enum SharingLevel {
    /** Every field of the record. */
    FULL,
    /** Only that the source's agency holds a record, with a marker saying who to ask; no detail. */
    HELD_ONLY
}
