package org.crosscheck.domain;

/**
 * Something found while reading one row of a file: a skipped row (with the reason) or a cell that could not be
 * understood. Row numbers are as the spreadsheet shows them (1-based); column is the header text, or null.
 */
public record ImportProblem(int rowNumber, String column, Severity severity, String message) {

    /** SKIPPED: the row was not imported. WARNING: the row was imported but a cell was not understood. */
    public enum Severity { SKIPPED, WARNING }

    public static ImportProblem skipped(int rowNumber, String reason) {
        return new ImportProblem(rowNumber, null, Severity.SKIPPED, reason);
    }

    public static ImportProblem warning(int rowNumber, String column, String message) {
        return new ImportProblem(rowNumber, column, Severity.WARNING, message);
    }
}
