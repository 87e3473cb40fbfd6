package org.crosscheck.storage;

/** Joining the parts of names and addresses read from records, skipping the blank ones. */
final class Texts {
    private Texts() {
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String join(String a, String b, String separator) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + separator + b;
    }

    static String joinParts(String a, String b, String c) {
        return join(join(a, b, ", "), c, ", ");
    }
}
