package org.crosscheck.domain;

/** One record of one business entity, as the entities export lists it. */
public record EntityRecordRow(long entityId, long recordId, String sourceName, String recordKey, String agencyRef,
                              String sheet, int row, String name, String address, String postcode) {
}
