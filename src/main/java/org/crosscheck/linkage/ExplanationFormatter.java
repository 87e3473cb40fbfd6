package org.crosscheck.linkage;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.Comparisons;

/** Reads the per-comparison levels and bits a run stored with each pair and says them with each level's words. */
public final class ExplanationFormatter implements PairExplainer {
    private final List<Comparison> comparisons = Comparisons.standard();

    @Override
    public List<Part> parts(String explanation) {
        List<Part> parts = new ArrayList<>();
        if (explanation == null || explanation.isBlank()) {
            return parts;
        }
        for (String piece : explanation.split(";")) {
            String[] f = piece.split(":");
            if (f.length != 3) {
                continue;
            }
            int level = Integer.parseInt(f[1]);
            String words = comparisons.stream().filter(c -> c.name().equals(f[0])).findFirst()
                    .map(c -> c.describe(level)).orElse(f[0] + " level " + level);
            parts.add(new Part(f[0], words, Double.parseDouble(f[2])));
        }
        return parts;
    }
}
