package org.crosscheck.jobs;

/** Thrown inside long work when the user cancelled it; whatever it was writing is rolled back. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
