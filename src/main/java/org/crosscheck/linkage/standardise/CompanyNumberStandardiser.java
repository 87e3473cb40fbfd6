package org.crosscheck.linkage.standardise;

/**
 * Standardises a Companies House number cell with {@link CompanyNumbers#standardise}.
 *
 * <p>Stateless, thread-safe, never throws, idempotent; returns {@code null} when the cell is not a plausible number.
 */
public final class CompanyNumberStandardiser implements Standardiser {

    @Override
    public String standardise(String raw) {
        return CompanyNumbers.standardise(raw);
    }
}
