package org.crosscheck.ingest.mapping;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.RiskScale;

/**
 * The starting risk scale for a new source, filled in for the raw values its file holds. Food hygiene ratings
 * run the other way from other scores (0 is worst), so they get their own table; other numeric scores are
 * banded by their place between the lowest and highest value seen; common words ("High", "Amber") by meaning.
 */
public final class RiskScaleDefaults {
    private static final Map<String, RiskBand> WORDS = new LinkedHashMap<>();
    private static final Map<String, RiskBand> FOOD = new LinkedHashMap<>();

    static {
        for (String w : new String[] {"very high", "high", "red", "severe", "critical", "significant", "serious",
            "a", "b", "high risk", "very high risk", "improvement required", "urgent improvement necessary"}) {
            WORDS.put(w, RiskBand.HIGH);
        }
        for (String w : new String[] {"medium", "moderate", "amber", "med", "c", "medium risk", "normal"}) {
            WORDS.put(w, RiskBand.MEDIUM);
        }
        for (String w : new String[] {"low", "green", "very low", "minor", "tolerable", "d", "e", "low risk",
            "very low risk", "trivial"}) {
            WORDS.put(w, RiskBand.LOW);
        }
        for (String w : new String[] {"none", "no risk", "nil", "compliant", "broadly compliant", "pass", "exempt",
            "no concerns", "satisfactory"}) {
            WORDS.put(w, RiskBand.NONE);
        }
        FOOD.put("0", RiskBand.HIGH);
        FOOD.put("1", RiskBand.HIGH);
        FOOD.put("2", RiskBand.MEDIUM);
        FOOD.put("3", RiskBand.LOW);
        FOOD.put("4", RiskBand.NONE);
        FOOD.put("5", RiskBand.NONE);
    }

    private RiskScaleDefaults() {
    }

    /** A scale for the given raw values; values it cannot place are left out (they show as UNKNOWN). */
    public static RiskScale forValues(AgencyKind kind, Collection<String> rawValues) {
        Map<String, RiskBand> bands = new LinkedHashMap<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String raw : rawValues) {
            String v = RiskScale.normalise(raw);
            if (isNumber(v)) {
                double d = Double.parseDouble(v);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        for (String raw : rawValues) {
            String v = RiskScale.normalise(raw);
            if (v.isEmpty()) {
                continue;
            }
            RiskBand band;
            if (kind == AgencyKind.FOOD_HYGIENE && FOOD.containsKey(v)) {
                band = FOOD.get(v);
            } else if (isNumber(v)) {
                band = numericBand(Double.parseDouble(v), Math.min(min, 0), max);
            } else {
                band = WORDS.get(v);
            }
            if (band != null) {
                bands.put(v, band);
            }
        }
        return new RiskScale(bands);
    }

    private static RiskBand numericBand(double value, double min, double max) {
        if (max <= min) {
            return null;
        }
        double place = (value - min) / (max - min);
        if (place >= 0.75) {
            return RiskBand.HIGH;
        }
        if (place >= 0.45) {
            return RiskBand.MEDIUM;
        }
        return place > 0.15 ? RiskBand.LOW : RiskBand.NONE;
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
