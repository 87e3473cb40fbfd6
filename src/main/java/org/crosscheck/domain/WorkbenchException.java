package org.crosscheck.domain;

/**
 * A failure the user can fix (a bad file, an unmapped column, a workspace open elsewhere). Its message is
 * written for a non-programmer: what went wrong, where (file, sheet, row, column) and what to do.
 */
public class WorkbenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
