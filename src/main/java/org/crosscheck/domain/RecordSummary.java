package org.crosscheck.domain;

/**
 * A current record in brief, as a business search reads it. Text fields are as the agency wrote them and may be
 * null.
 *
 * @param entityId the business the record belongs to as of the last run, or null before any run
 */
public record RecordSummary(long recordId, Long entityId, String sourceName, String name, String address,
                            String postcode, String phone) {
}
