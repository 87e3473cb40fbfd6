package org.crosscheck.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One source's translation of its own raw risk values ("0", "Very High", "B") into common {@link RiskBand}s.
 * Raw values are matched case-insensitively; numbers match whatever their decimal form ("1.0" = "1"). Immutable.
 */
public final class RiskScale {
    private final Map<String, RiskBand> bands;

    public RiskScale(Map<String, RiskBand> bands) {
        LinkedHashMap<String, RiskBand> copy = new LinkedHashMap<>();
        bands.forEach((raw, band) -> copy.put(normalise(raw), band));
        this.bands = Collections.unmodifiableMap(copy);
    }

    public static RiskScale empty() {
        return new RiskScale(Map.of());
    }

    /** The band for a raw value; UNKNOWN when blank or not in the scale. */
    public RiskBand bandFor(String raw) {
        if (raw == null || raw.isBlank()) {
            return RiskBand.UNKNOWN;
        }
        return bands.getOrDefault(normalise(raw), RiskBand.UNKNOWN);
    }

    /** True when the scale says something about this raw value. */
    public boolean covers(String raw) {
        return raw != null && bands.containsKey(normalise(raw));
    }

    /** The normalised raw values and their bands, in the order they were given. */
    public Map<String, RiskBand> bands() {
        return bands;
    }

    /** A scale with this one's entries, then the other's for values this one lacks. */
    public RiskScale withFallback(RiskScale other) {
        LinkedHashMap<String, RiskBand> merged = new LinkedHashMap<>(bands);
        other.bands.forEach(merged::putIfAbsent);
        return new RiskScale(merged);
    }

    /** The form raw values are compared in: trimmed, lower case, numbers without trailing zeros. */
    public static String normalise(String raw) {
        String s = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskScale other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }
}
