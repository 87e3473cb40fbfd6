package org.crosscheck.ingest.read;

import java.util.List;

/**
 * Streams the rows of one sheet of a spreadsheet or text file without holding the whole file in memory.
 * Failures are {@link org.crosscheck.domain.WorkbenchException}s naming the file and sheet. Not thread-safe.
 */
public interface TableReader extends AutoCloseable {

    /** The sheets in workbook order; a CSV file has one sheet named after the file. */
    List<String> sheetNames();

    /** Streams the sheet's rows (blank rows included, so numbering is exact) to the handler. */
    void read(String sheet, RowHandler handler);

    /** Fraction 0..1 of the file consumed by the current {@link #read}, or -1 when unknown. */
    double fractionRead();

    @Override
    void close();
}
