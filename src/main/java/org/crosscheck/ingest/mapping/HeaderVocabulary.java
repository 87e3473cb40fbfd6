package org.crosscheck.ingest.mapping;

import java.util.HashSet;
import java.util.Set;

/** Whether a cell's text is a header name some agency uses, for finding the header row below title rows. */
public final class HeaderVocabulary {
    private static final Set<String> KNOWN = new HashSet<>();

    static {
        HeaderSynonyms.BY_FIELD.values().forEach(KNOWN::addAll);
        KNOWN.addAll(Set.of("rateable value", "officer", "notes", "status", "date", "complaints", "licence status",
                "sic code", "incorporated", "dissolved", "company status", "employees"));
    }

    private HeaderVocabulary() {
    }

    public static boolean isKnownHeader(String cell) {
        return KNOWN.contains(HeaderSynonyms.normalise(cell));
    }
}
