package org.crosscheck.linkage.standardise;

/**
 * Standardises a postcode cell to its written form ("ub13ab" → "UB1 3AB").
 *
 * <p>A cell that is not just a postcode ("Postcode: UB1 3AB", a whole address) falls back to the last postcode found
 * inside it. Stateless, thread-safe, never throws, idempotent; returns {@code null} when no postcode is present.
 */
public final class PostcodeStandardiser implements Standardiser {

    @Override
    public String standardise(String raw) {
        Postcode postcode = Postcode.parse(raw);
        if (postcode == null) {
            postcode = Postcode.find(raw);
        }
        return postcode == null ? null : postcode.full();
    }
}
