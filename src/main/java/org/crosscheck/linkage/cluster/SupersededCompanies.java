package org.crosscheck.linkage.cluster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.NameComparison;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;

/**
 * Finds the records of companies that a successor has replaced: "Smith Retail Ltd" when "Smith Retail (2019) Ltd"
 * is also held. A phoenix company trades from its predecessor's premises under the same trading name, so the
 * premises' other records (a food registration, a fire audit, a licence) fit both; most agencies have moved on
 * to the company trading today, so those records join the successor first and the old company only what is left.
 */
public final class SupersededCompanies {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    private SupersededCompanies() {
    }

    /**
     * @param nameComparison index of the name comparison in the pairs' vectors
     * @return for each record index, whether it names a company a successor replaced
     */
    public static boolean[] find(List<StdRecord> records, List<ScoredPair> pairs, int nameComparison) {
        return find(records, ScoredPairs.of(pairs), nameComparison);
    }

    /** As above, over pairs held in primitive arrays. */
    public static boolean[] find(List<StdRecord> records, ScoredPairs pairs, int nameComparison) {
        boolean[] superseded = new boolean[records.size()];
        if (nameComparison < 0) {
            return superseded;
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (ComparisonVector.level(pairs.vector(i), nameComparison) != NameComparison.ANOTHER_COMPANY_OF_THE_NAME) {
                continue;
            }
            int order = newer(records.get(pairs.left(i)), records.get(pairs.right(i)));
            if (order > 0) {
                superseded[pairs.right(i)] = true;
            } else if (order < 0) {
                superseded[pairs.left(i)] = true;
            }
        }
        // every record of a replaced company is replaced, found by its number (HMRC's VAT record of it)
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (StdRecord r : records) {
            if (superseded[r.index()] && r.companyNumber() != null) {
                numbers.add(r.companyNumber());
            }
        }
        for (StdRecord r : records) {
            if (r.companyNumber() != null && numbers.contains(r.companyNumber())) {
                superseded[r.index()] = true;
            }
        }
        return superseded;
    }

    /** Positive when a's registered name is the later company (a higher or an added number), negative when b's. */
    static int newer(StdRecord a, StdRecord b) {
        int best = 0;
        for (String x : a.registeredNames()) {
            for (String y : b.registeredNames()) {
                if (stem(x).equals(stem(y))) {
                    best = Integer.compare(number(x), number(y));
                    if (best != 0) {
                        return best;
                    }
                }
            }
        }
        return best;
    }

    private static String stem(String name) {
        return name.replaceAll("\\d+", " ").replaceAll("\\s+", " ").trim();
    }

    /** The name's last number ("smith retail 2019" → 2019), or -1 when it has none. */
    private static int number(String name) {
        Matcher m = TRAILING_NUMBER.matcher(name);
        if (!m.find()) {
            return -1;
        }
        String digits = m.group(1);
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
