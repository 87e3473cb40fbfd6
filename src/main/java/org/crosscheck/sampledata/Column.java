package org.crosscheck.sampledata;

import java.util.function.Function;
import org.crosscheck.domain.CanonicalField;

/**
 * One column of an agency file.
 *
 * @param header the header text exactly as written in the file
 * @param field  the field an importer should map it to, or {@code null} when it should stay unmapped
 * @param group  the merged group label above it in a two-row header, or {@code null}
 * @param value  the cell for one row: a String, a LocalDate, a Number, or {@code null} for an empty cell
 */
record Column(String header, CanonicalField field, String group, Function<RowContext, Object> value) {

    static Column of(String header, CanonicalField field, Function<RowContext, Object> value) {
        return new Column(header, field, null, value);
    }

    static Column grouped(String group, String header, CanonicalField field, Function<RowContext, Object> value) {
        return new Column(header, field, group, value);
    }
}
