package org.crosscheck.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.domain.PairExplainer;

/**
 * Says a pair's score in one plain sentence, strongest evidence first: "Same person and same postcode (street
 * address on one side only), but different name: 44% likely the same business."
 */
public final class PairSentence {
    /** Parts weaker than this (in bits, either way) are left out of the sentence. */
    private static final double NOTEWORTHY_BITS = 1.0;

    private PairSentence() {
    }

    public static String of(List<PairExplainer.Part> parts, double probability) {
        List<PairExplainer.Part> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingDouble((PairExplainer.Part p) -> Math.abs(p.bits())).reversed());
        List<String> forIt = new ArrayList<>();
        List<String> against = new ArrayList<>();
        for (PairExplainer.Part p : sorted) {
            if (p.bits() >= NOTEWORTHY_BITS) {
                forIt.add(p.words());
            } else if (p.bits() <= -NOTEWORTHY_BITS) {
                against.add(p.words());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!forIt.isEmpty()) {
            sb.append(join(forIt));
        }
        if (!against.isEmpty()) {
            sb.append(forIt.isEmpty() ? "" : ", but ").append(join(against));
        }
        if (sb.length() == 0) {
            sb.append("Little to go on");
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.append(": ").append(percent(probability)).append(" likely the same business.").toString();
    }

    /** "44%"; never "100%" or "0%", which would read as certainty the model does not have. */
    static String percent(double probability) {
        if (probability >= 0.995) {
            return "over 99%";
        }
        if (probability < 0.005) {
            return "under 1%";
        }
        return String.format("%.0f%%", probability * 100);
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
