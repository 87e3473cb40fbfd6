package org.crosscheck.linkage.standardise;

/**
 * Turns one raw cell value into its standard form so that equal things compare equal.
 *
 * <p>Implementations are stateless and thread-safe, never throw, accept {@code null} and garbage, and are idempotent:
 * {@code standardise(standardise(x))} equals {@code standardise(x)}.
 */
@FunctionalInterface
public interface Standardiser {

    /**
     * Returns the standard form of {@code raw}.
     *
     * @param raw the cell value as read, may be {@code null}
     * @return the standard form, or {@code null} when nothing usable is left (never {@code ""})
     */
    String standardise(String raw);
}
