package org.crosscheck.linkage.cluster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.LocationComparison;
import org.crosscheck.linkage.compare.NameComparison;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.linkage.standardise.BusinessNameStandardiser;

/**
 * Finds the records of companies that a successor has replaced: "Smith Retail Ltd" when "Smith Retail (2019) Ltd"
 * is also held. A phoenix company trades from its predecessor's premises under the same trading name, so the
 * premises' other records (a food registration, a fire audit, a licence) fit both. Most agencies have moved on to
 * the company trading today, so the clusterer joins the old company's records only to one another: a premises
 * record that fits both is the successor's, or a business of its own when nothing links it to the successor.
 */
public final class SupersededCompanies {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    private SupersededCompanies() {
    }

    /**
     * @param nameComparison     index of the name comparison in the pairs' vectors
     * @param locationComparison index of the location comparison, or -1
     * @param linkFrom           probability from which a pair is a link (the match threshold)
     * @return for each record index, whether it names a company a successor replaced
     */
    public static boolean[] find(List<StdRecord> records, List<ScoredPair> pairs, int nameComparison,
                                 int locationComparison, double linkFrom) {
        return find(records, ScoredPairs.of(pairs), nameComparison, locationComparison, linkFrom);
    }

    /** As above, over pairs held in primitive arrays. */
    public static boolean[] find(List<StdRecord> records, ScoredPairs pairs, int nameComparison,
                                 int locationComparison, double linkFrom) {
        boolean[] superseded = new boolean[records.size()];
        if (nameComparison < 0) {
            return superseded;
        }
        for (int i = 0; i < pairs.size(); i++) {
            // a successor takes its predecessor's premises: "Cafe 24 Ltd" and "Cafe 25 Ltd" across town are two
            // companies, but neither replaced the other
            if (ComparisonVector.level(pairs.vector(i), nameComparison) != NameComparison.ANOTHER_COMPANY_OF_THE_NAME
                    || locationComparison >= 0
                    && LocationComparison.isElsewhere(ComparisonVector.level(pairs.vector(i), locationComparison))) {
                continue;
            }
            int order = newer(records.get(pairs.left(i)), records.get(pairs.right(i)));
            if (order > 0) {
                superseded[pairs.right(i)] = true;
            } else if (order < 0) {
                superseded[pairs.left(i)] = true;
            }
        }
        // every record of a replaced company is replaced, found by its number (HMRC's VAT record of it) or by a
        // link naming the same registered company (its ratepayer record). Not by the name alone: standardised names
        // lose a trailing "UK", which makes "Adeyemi Retail UK Ltd" and "Adeyemi Retail Ltd" one name.
        IntList[] sameCompany = new IntList[records.size()];
        for (int i = 0; i < pairs.size(); i++) {
            if (!pairs.isStrongAgainst(i) && pairs.probability(i) >= linkFrom
                    && ComparisonVector.level(pairs.vector(i), nameComparison) == NameComparison.SAME_REGISTERED_NAME) {
                edge(sameCompany, pairs.left(i), pairs.right(i));
                edge(sameCompany, pairs.right(i), pairs.left(i));
            }
        }
        java.util.Map<String, IntList> byNumber = new java.util.HashMap<>();
        for (StdRecord r : records) {
            if (r.companyNumber() != null) {
                byNumber.computeIfAbsent(r.companyNumber(), k -> new IntList()).add(r.index());
            }
        }
        IntList queue = new IntList();
        for (int r = 0; r < superseded.length; r++) {
            if (superseded[r]) {
                queue.add(r);
            }
        }
        for (int k = 0; k < queue.size(); k++) {
            int r = queue.get(k);
            String number = records.get(r).companyNumber();
            IntList sameNumber = number == null ? null : byNumber.remove(number);
            for (IntList next : new IntList[] {sameNumber, sameCompany[r]}) {
                for (int j = 0; next != null && j < next.size(); j++) {
                    if (!superseded[next.get(j)]) {
                        superseded[next.get(j)] = true;
                        queue.add(next.get(j));
                    }
                }
            }
        }
        return superseded;
    }

    private static void edge(IntList[] edges, int from, int to) {
        if (edges[from] == null) {
            edges[from] = new IntList();
        }
        edges[from].add(to);
    }

    /** Positive when a's registered name is the later company (a higher or an added number), negative when b's. */
    static int newer(StdRecord a, StdRecord b) {
        int best = 0;
        for (String x : a.registeredNames()) {
            for (String y : b.registeredNames()) {
                if (!stem(x).isEmpty() && stem(x).equals(stem(y))) {
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
        String stem = BusinessNameStandardiser.registeredStem(name);
        return stem == null ? "" : stem;
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
