package org.crosscheck.ingest.read;

import java.util.List;

/**
 * One row as it stands in the file: its 1-based row number as the spreadsheet shows it (for CSV, the record
 * number) and its cells as text, trimmed, "" for empty. Dates are ISO text ({@code 2024-03-12}).
 */
public record RawRow(int rowNumber, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** True when every cell is empty. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** How many cells hold something. */
    public int filledCount() {
        return (int) cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** The first cell that holds something, or "". */
    public String firstFilled() {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }
}
