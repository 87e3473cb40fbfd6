package org.crosscheck.linkage.standardise;

import java.util.List;

/**
 * Standardises a telephone cell to the E.164 form of its first number ("07700 900123; 01632 960123" →
 * "+447700900123").
 *
 * <p>See {@link PhoneNumbers#parseAll} for what counts as a number. Stateless, thread-safe, never throws,
 * idempotent; returns {@code null} when the cell holds no usable number.
 */
public final class PhoneStandardiser implements Standardiser {

    @Override
    public String standardise(String raw) {
        List<PhoneNumbers.Phone> phones = PhoneNumbers.parseAll(raw);
        return phones.isEmpty() ? null : phones.get(0).e164();
    }
}
