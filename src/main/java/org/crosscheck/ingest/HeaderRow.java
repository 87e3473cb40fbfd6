package org.crosscheck.ingest;

import java.util.List;

/** The row of a sheet that holds the column names: its 1-based row number and the names, made unique. */
public record HeaderRow(int rowNumber, List<String> names) {
}
