/**
 * Pure, thread-safe, never-throwing standardisers that turn messy spreadsheet cells (business names, person names,
 * postcodes, phone numbers, Companies House numbers, UK addresses) into comparable forms before blocking and comparing.
 *
 * <p>Every public method accepts {@code null}, blanks and arbitrary garbage without throwing, and is deterministic.
 * Methods returning a {@code String} return {@code null} (never {@code ""}) for "nothing usable", and applying a
 * {@link org.crosscheck.linkage.standardise.Standardiser} to its own output gives the same output (idempotent).
 */
package org.crosscheck.linkage.standardise;
