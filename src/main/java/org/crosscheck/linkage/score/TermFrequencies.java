package org.crosscheck.linkage.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.Comparison;

/**
 * How common each value is among records of other businesses, per term-frequency-adjusted comparison. A shared
 * "costcutter" or a market hall's postcode is then weaker evidence than a rare name.
 *
 * <p>Counting every record holding a value would count the business's own records in other agencies too, and
 * make a value held by one business look common. An agency seldom holds a business twice, so the most records
 * any one source has with the value is taken as the number of businesses holding it, and the frequency is that of
 * the records belonging to the others: n × (b − 1) / b, at least half a record. Immutable once built.
 */
public final class TermFrequencies {
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<Map<String, Integer>> businesses = new ArrayList<>();
    private final int[] totals;

    public TermFrequencies(List<Comparison> comparisons, List<StdRecord> records) {
        totals = new int[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            Map<String, Integer> map = new HashMap<>();
            Map<String, Integer> perSource = new HashMap<>();
            for (StdRecord r : records) {
                List<String> values = comparisons.get(c).frequencyValues(r);
                if (!values.isEmpty()) {
                    totals[c]++;
                    for (String v : values) {
                        map.merge(v, 1, Integer::sum);
                        perSource.merge(r.sourceId() + "\u0000" + v, 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> most = new HashMap<>();
            perSource.forEach((key, n) -> most.merge(key.substring(key.indexOf('\u0000') + 1), n, Math::max));
            counts.add(map);
            businesses.add(most);
        }
    }

    /** The share 0..1 of records holding {@code value}, or -1 when the comparison is not adjusted. */
    public double frequency(int comparison, String value) {
        if (value == null || totals[comparison] == 0) {
            return -1;
        }
        Integer n = counts.get(comparison).get(value);
        if (n == null) {
            return -1;
        }
        return n / (double) totals[comparison];
    }

    /**
     * Whether {@code value} belongs to one business at most: no agency holds it on two records. For a
     * registered company name, whether it names one company here as it does at Companies House.
     */
    public boolean heldByOneBusiness(int comparison, String value) {
        return businesses.get(comparison).getOrDefault(value, 0) <= 1;
    }

    /** How many records hold {@code value}. */
    public int count(int comparison, String value) {
        return counts.get(comparison).getOrDefault(value, 0);
    }
}
