package org.crosscheck.sampledata;

import java.util.List;

/**
 * The rows one agency holds, in file order, before they are written.
 *
 * @param layout the agency's file layout
 * @param rows   data rows in the order they appear in the file
 */
record AgencyTable(AgencyLayout layout, List<Row> rows) {

    /**
     * One data row.
     *
     * @param businessId the true business behind the row
     * @param ref        the agency's reference for it, or {@code null} if the agency keeps none
     * @param cells      one value per column: String, LocalDate, Number or {@code null}
     */
    record Row(String businessId, String ref, List<Object> cells) {
    }
}
