package org.crosscheck.ingest.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.ingest.read.RawRow;

/**
 * Suggests a column mapping from header names (the synonyms agencies use) and from what the cells hold (postcode,
 * phone, company-number, e-mail and date shapes). Each column gets at most one field; single-valued fields go to
 * the column with the strongest evidence, and a column that loses falls back to its next best field.
 */
public final class MappingSuggester {
    /** Below this, a column is left unmapped rather than guessed. */
    public static final double MIN_CONFIDENCE = 0.45;
    private static final int MIN_VALUES_FOR_CONTENT = 3;
    /** A column of contacts would hardly ever hold organisation names; this share of them makes it a legal name. */
    private static final double ORGANISATION_SHARE = 0.3;

    private static final Map<CanonicalField, Predicate<String>> SHAPES = new EnumMap<>(CanonicalField.class);

    static {
        SHAPES.put(CanonicalField.POSTCODE, ContentPatterns::isPostcode);
        SHAPES.put(CanonicalField.PHONE, ContentPatterns::isPhone);
        SHAPES.put(CanonicalField.EMAIL, ContentPatterns::isEmail);
        SHAPES.put(CanonicalField.COMPANY_NUMBER, ContentPatterns::isCompanyNumber);
        SHAPES.put(CanonicalField.NON_COMPLIANCE_DATE, ContentPatterns::isDate);
        SHAPES.put(CanonicalField.LAST_VISIT_DATE, ContentPatterns::isDate);
        SHAPES.put(CanonicalField.UPRN, ContentPatterns::isUprn);
    }

    /** Fields that a column's contents alone may suggest, with no help from its header. */
    private static final Set<CanonicalField> CONTENT_ONLY = EnumSet.of(CanonicalField.POSTCODE, CanonicalField.PHONE,
            CanonicalField.EMAIL);

    /** Suggests a field for every column, in column order. */
    public List<ColumnSuggestion> suggest(List<String> headers, List<RawRow> sampleRows) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            candidates.addAll(candidatesFor(c, headers.get(c), values(sampleRows, c), sampleRows.size()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        Map<Integer, Candidate> chosen = new HashMap<>();
        Set<CanonicalField> taken = EnumSet.noneOf(CanonicalField.class);
        for (Candidate cand : candidates) {
            if (cand.confidence < MIN_CONFIDENCE || chosen.containsKey(cand.column)) {
                continue;
            }
            if (!cand.field.isMultiValued() && taken.contains(cand.field)) {
                continue;
            }
            chosen.put(cand.column, cand);
            taken.add(cand.field);
        }
        List<ColumnSuggestion> result = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            Candidate cand = chosen.get(c);
            result.add(cand == null
                    ? new ColumnSuggestion(c, headers.get(c), null, 0, "no usual header name or value pattern found")
                    : new ColumnSuggestion(c, headers.get(c), cand.field, cand.confidence, cand.reason));
        }
        return result;
    }

    /** The suggestions as a mapping (mapped columns only). */
    public static ColumnMapping toMapping(List<ColumnSuggestion> suggestions) {
        Map<String, CanonicalField> fields = new LinkedHashMap<>();
        suggestions.forEach(s -> fields.put(s.header(), s.field()));
        return new ColumnMapping(fields);
    }

    private List<Candidate> candidatesFor(int column, String header, List<String> values, int rowCount) {
        List<Candidate> out = new ArrayList<>();
        String h = HeaderSynonyms.normalise(header);
        if (HeaderSynonyms.NOT_MAPPED.contains(h)) {
            return out;
        }
        boolean enoughValues = values.size() >= MIN_VALUES_FOR_CONTENT;
        double dateShare = enoughValues ? share(values, ContentPatterns::isDate) : 0;
        double organisationShare = enoughValues ? share(values, ContentPatterns::isOrganisationName) : 0;
        for (CanonicalField field : CanonicalField.values()) {
            double byHeader = headerScore(h, HeaderSynonyms.BY_FIELD.get(field));
            Predicate<String> shape = SHAPES.get(field);
            double share = shape == null || !enoughValues ? -1 : share(values, shape);
            double confidence = byHeader;
            String reason = byHeader >= 0.9 ? "header '" + header + "' is a usual name for it"
                    : "header '" + header + "' contains a usual name for it";
            if (share >= 0) {
                String seen = Math.round(share * 100) + "% of values look like " + shapeName(field);
                if (byHeader > 0 && share >= 0.6) {
                    confidence = Math.min(0.99, Math.max(byHeader, 0.6 + 0.35 * share) + 0.04);
                    reason += "; " + seen;
                } else if (byHeader > 0 && share < 0.2) {
                    confidence = byHeader * 0.5;
                    reason += ", but only " + seen;
                } else if (byHeader == 0 && share >= 0.6 && CONTENT_ONLY.contains(field)) {
                    confidence = 0.5 + 0.4 * share;
                    reason = seen;
                }
            } else if (dateShare >= 0.8 && confidence > 0) {
                // a column of dates is a date field, whatever word its header shares with another field
                confidence *= 0.5;
                reason += ", but its values are dates";
            }
            if (field == CanonicalField.CONTACT_NAME && byHeader > 0 && organisationShare >= ORGANISATION_SHARE) {
                // "Licence Holder" holding "Acme Staffing Ltd" is the legal entity, not a person to contact
                out.add(new Candidate(column, CanonicalField.LEGAL_NAME, byHeader, reason + "; "
                        + Math.round(organisationShare * 100) + "% of values are organisation names"));
                confidence *= 0.5;
            }
            if (field == CanonicalField.ADDRESS && byHeader > 0 && looksLikeTowns(values, rowCount)) {
                out.add(new Candidate(column, CanonicalField.TOWN, Math.min(0.99, byHeader + 0.05),
                        "an address column whose values are a few place names, as towns are"));
            }
            if (confidence > 0) {
                out.add(new Candidate(column, field, confidence, reason));
            }
        }
        return out;
    }

    /**
     * An address line that nearly every row fills with one of a handful of place names (no numbers, no commas)
     * is the town line, as in a rates extract's "Address 4"; a line holding localities is mostly empty.
     */
    private static boolean looksLikeTowns(List<String> values, int rowCount) {
        if (values.size() < 5 || values.size() < 0.8 * rowCount
                || values.stream().anyMatch(v -> v.contains(",") || v.chars().anyMatch(Character::isDigit))) {
            return false;
        }
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().count() <= 3;
    }

    /** 0.95 for a known header name; for a header containing one, more the more of the header it explains. */
    static double headerScore(String header, List<String> synonyms) {
        if (header.isEmpty()) {
            return 0;
        }
        double best = 0;
        String padded = " " + header + " ";
        for (String s : synonyms) {
            if (header.equals(s)) {
                return 0.95;
            }
            if (padded.contains(" " + s + " ")) {
                best = Math.max(best, 0.45 + 0.4 * s.length() / header.length());
            }
        }
        return Math.min(best, 0.85);
    }

    private static List<String> values(List<RawRow> rows, int column) {
        List<String> values = new ArrayList<>();
        for (RawRow row : rows) {
            String v = row.cell(column);
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }

    private static double share(List<String> values, Predicate<String> shape) {
        long hits = values.stream().filter(shape).count();
        return hits / (double) values.size();
    }

    private static String shapeName(CanonicalField field) {
        return switch (field) {
            case POSTCODE -> "postcodes";
            case PHONE -> "phone numbers";
            case EMAIL -> "e-mail addresses";
            case COMPANY_NUMBER -> "company numbers";
            case UPRN -> "UPRNs";
            default -> "dates";
        };
    }

    private record Candidate(int column, CanonicalField field, double confidence, String reason) {
    }
}
