package org.crosscheck.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crosscheck.domain.RecordSummary;

/**
 * Finds businesses across every source by name, address, postcode or phone, tolerant of typos: each word of the
 * query is matched to the closest word of a record (Jaro-Winkler similarity 0..1, at least {@link #WORD_MATCH}), a
 * postcode or phone number on its characters alone (spaces and punctuation ignored; one character wrong, missing
 * or extra, or two neighbours swapped, still scores 0.9). A record's score
 * is the mean of its query words' best similarities; a business scores as its best record. Pure over the rows it
 * is given; thread-safe.
 */
public final class BusinessSearch {
    /** Least Jaro-Winkler similarity for a query word to count as found in a record. */
    static final double WORD_MATCH = 0.86;
    private static final Pattern POSTCODE = Pattern.compile("[a-z]{1,2}\\d[a-z\\d]?\\d[a-z]{2}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** A business found: its best-matching record and the score 0..1. */
    public record Hit(RecordSummary record, double score, int records) {
    }

    private final List<RecordSummary> rows;
    private final List<String[]> words = new ArrayList<>();

    public BusinessSearch(List<RecordSummary> rows) {
        this.rows = List.copyOf(rows);
        for (RecordSummary r : this.rows) {
            words.add(words(String.join(" ", nz(r.name()), nz(r.address()), nz(r.postcode()))));
        }
    }

    /** The businesses best matching {@code text}, best first, at most {@code limit}. */
    public List<Hit> search(String text, int limit) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of();
        }
        String compact = NON_WORD.matcher(query).replaceAll("");
        boolean phone = compact.chars().filter(Character::isDigit).count() >= 6
                && compact.chars().allMatch(Character::isDigit);
        boolean postcode = POSTCODE.matcher(compact).matches();
        String[] queryWords = words(query);
        Map<Object, Hit> best = new HashMap<>();
        Map<Object, Integer> sizes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RecordSummary r = rows.get(i);
            Object business = r.entityId() != null ? r.entityId() : "record" + r.recordId();
            sizes.merge(business, 1, Integer::sum);
            double score = phone ? phoneScore(compact, r.phone()) : postcode ? postcodeScore(compact, r.postcode())
                    : wordScore(queryWords, words.get(i));
            if (score > 0) {
                Hit old = best.get(business);
                if (old == null || score > old.score()) {
                    best.put(business, new Hit(r, score, 0));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        best.forEach((business, h) -> hits.add(new Hit(h.record(), h.score(), sizes.get(business))));
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> h.record().recordId()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private static double wordScore(String[] query, String[] record) {
        double sum = 0;
        for (String q : query) {
            double bestWord = 0;
            for (String w : record) {
                double s = q.equals(w) ? 1 : JW.apply(q, w);
                // a word typed in part ("tand" for "tandoori") counts as found
                if (s < 1 && q.length() >= 3 && w.startsWith(q)) {
                    s = Math.max(s, 0.95);
                }
                bestWord = Math.max(bestWord, s);
            }
            if (bestWord < WORD_MATCH) {
                return 0;
            }
            sum += bestWord;
        }
        return sum / query.length;
    }

    private static double postcodeScore(String query, String postcode) {
        if (postcode == null) {
            return 0;
        }
        String p = NON_WORD.matcher(postcode.toLowerCase(Locale.ROOT)).replaceAll("");
        if (p.equals(query)) {
            return 1;
        }
        return isTypo(query, p) ? 0.9 : 0;
    }

    private static double phoneScore(String digits, String phone) {
        if (phone == null) {
            return 0;
        }
        String p = phone.replaceAll("\\D", "");
        String q = digits.startsWith("0") ? digits.substring(1) : digits;
        if (p.endsWith(q) || p.contains(q)) {
            return 1;
        }
        String tail = p.length() > q.length() ? p.substring(p.length() - q.length()) : p;
        return isTypo(q, tail) ? 0.9 : 0;
    }

    /** One character wrong, missing or extra, or two neighbours swapped. */
    static boolean isTypo(String a, String b) {
        if (ONE_EDIT.apply(a, b) >= 0) {
            return true;
        }
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(i) == b.charAt(first) && a.charAt(first) == b.charAt(i)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    private static String[] words(String text) {
        return java.util.Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
