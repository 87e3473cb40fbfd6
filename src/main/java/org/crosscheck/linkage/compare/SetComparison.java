package org.crosscheck.linkage.compare;

import java.util.List;
import java.util.function.Function;
import org.crosscheck.linkage.StdRecord;

/**
 * Compares a field that may hold several values (phones) or one (company number, UPRN, e-mail, town), with three
 * levels: missing; a value shared; values on both sides, none shared.
 */
public final class SetComparison implements Comparison {
    private final String name;
    private final String noun;
    private final Function<StdRecord, List<String>> values;
    private final boolean frequencyAdjusted;

    /** A comparison whose exact level is term-frequency adjusted when {@code frequencyAdjusted}. */
    public SetComparison(String name, String noun, Function<StdRecord, List<String>> values, boolean frequencyAdjusted) {
        this.name = name;
        this.noun = noun;
        this.values = values;
        this.frequencyAdjusted = frequencyAdjusted;
    }

    @Override
    public List<String> frequencyValues(StdRecord record) {
        return frequencyAdjusted ? values.apply(record) : List.of();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return 3;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        List<String> va = values.apply(a);
        List<String> vb = values.apply(b);
        if (va.isEmpty() || vb.isEmpty()) {
            return MISSING;
        }
        return Similarity.anyEqual(va, vb) ? 1 : 2;
    }

    @Override
    public String exactValue(StdRecord a, StdRecord b) {
        if (!frequencyAdjusted) {
            return null;
        }
        List<String> vb = values.apply(b);
        for (String v : values.apply(a)) {
            if (vb.contains(v)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == 2;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> noun + " missing";
            case 1 -> "same " + noun;
            default -> "different " + noun;
        };
    }
}
