package org.crosscheck.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which canonical field each of a source's columns holds, keyed by the column's header text so that it still
 * applies when an agency reorders its columns. Headers are matched case- and space-insensitively. Immutable.
 */
public final class ColumnMapping {
    private final Map<String, CanonicalField> byHeader;

    public ColumnMapping(Map<String, CanonicalField> byHeader) {
        LinkedHashMap<String, CanonicalField> copy = new LinkedHashMap<>();
        byHeader.forEach((header, field) -> {
            if (field != null) {
                copy.put(header, field);
            }
        });
        this.byHeader = Collections.unmodifiableMap(copy);
    }

    /** The mapping of no column. */
    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /** Mapped headers in column order, each with its field; unmapped columns are absent. */
    public Map<String, CanonicalField> byHeader() {
        return byHeader;
    }

    /** The field a header is mapped to, matching headers loosely (case, repeated spaces). */
    public Optional<CanonicalField> fieldFor(String header) {
        String key = normaliseHeader(header);
        return byHeader.entrySet().stream()
                .filter(e -> normaliseHeader(e.getKey()).equals(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Headers mapped to a field, in column order. */
    public List<String> headersFor(CanonicalField field) {
        List<String> headers = new ArrayList<>();
        byHeader.forEach((h, f) -> {
            if (f == field) {
                headers.add(h);
            }
        });
        return headers;
    }

    /** True when at least one column says who or where the business is, which every record needs. */
    public boolean hasNameOrAddress() {
        return byHeader.values().stream().anyMatch(f -> f.isName() || f.isAddressPart());
    }

    /** Header text as compared: lower case, single spaces, trimmed. */
    public static String normaliseHeader(String header) {
        return header == null ? "" : header.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && byHeader.equals(other.byHeader);
    }

    @Override
    public int hashCode() {
        return byHeader.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + byHeader;
    }
}
