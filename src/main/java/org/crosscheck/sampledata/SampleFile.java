package org.crosscheck.sampledata;

import org.crosscheck.domain.AgencyKind;

/**
 * One agency file written by {@link SamplePartnership}.
 *
 * @param fileName   file name inside the output folder, e.g. {@code "business_rates_accounts.xls"}; its
 *                   extension gives the format actually written (a big run writes the .xls agency as .xlsx)
 * @param sourceName the agency's display name for the source, e.g. {@code "Brackford BC - NNDR accounts"}
 * @param kind       the kind of agency
 * @param sheet      the sheet holding the data, or {@code null} for a CSV file
 */
public record SampleFile(String fileName, String sourceName, AgencyKind kind, String sheet) {
}
