package org.crosscheck.ingest.read;

/** Receives rows as a reader streams them; returning false stops the reading early (for previews). */
@FunctionalInterface
public interface RowHandler {
    boolean onRow(RawRow row);
}
