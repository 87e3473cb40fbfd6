package org.crosscheck.linkage.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** String similarities used by the comparisons, all 0..1 (1 = identical). Thread-safe. */
final class Similarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return a.equals(b) ? 1.0 : JARO_WINKLER.apply(a, b);
    }

    /** The best Jaro-Winkler similarity between any value of one list and any of the other. */
    static double bestJaroWinkler(List<String> as, List<String> bs) {
        return best(as, bs, Similarity::jaroWinkler);
    }

    private static double best(List<String> as, List<String> bs,
                               java.util.function.ToDoubleBiFunction<String, String> similarity) {
        double best = 0;
        for (String a : as) {
            for (String b : bs) {
                best = Math.max(best, similarity.applyAsDouble(a, b));
            }
        }
        return best;
    }

    /**
     * Token overlap: shared words over the words of the shorter name, so that "chicken shop" and "the chicken shop
     * broadway" agree fully while "chicken shop" and "kebab shop" agree by half.
     */
    static double tokenOverlap(String a, String b) {
        Set<String> ta = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(b.split(" ")));
        int smaller = Math.min(ta.size(), tb.size());
        if (smaller == 0) {
            return 0;
        }
        ta.retainAll(tb);
        return ta.size() / (double) smaller;
    }

    static boolean anyEqual(List<String> as, List<String> bs) {
        for (String a : as) {
            if (bs.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
