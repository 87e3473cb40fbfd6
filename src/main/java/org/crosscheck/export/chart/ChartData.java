package org.crosscheck.export.chart;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.insight.OverlapMatrix;

/**
 * The aggregate figures the charts draw. Counts only, no record detail; risk by area counts each business by the
 * risk its recipient may see.
 *
 * @param knownByCount   index n: businesses n agencies know (index 0 unused)
 * @param riskByDistrict postcode district → band → businesses, districts in order
 * @param outcomesByMonth month → outcome kind → total over every agency
 * @param review         review progress, or null when not gathered
 */
public record ChartData(List<Integer> knownByCount, OverlapMatrix overlap,
                        Map<String, Map<RiskBand, Integer>> riskByDistrict,
                        Map<YearMonth, Map<OutcomeKind, Integer>> outcomesByMonth, ReviewProgress review) {
    public ChartData {
        knownByCount = List.copyOf(knownByCount);
        riskByDistrict = copy(riskByDistrict);
        outcomesByMonth = new TreeMap<>(outcomesByMonth);
    }

    private static Map<String, Map<RiskBand, Integer>> copy(Map<String, Map<RiskBand, Integer>> in) {
        Map<String, Map<RiskBand, Integer>> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(k, v.isEmpty() ? new EnumMap<>(RiskBand.class) : new EnumMap<>(v)));
        return out;
    }
}
