package org.crosscheck.linkage.compare;

import java.util.List;
import org.crosscheck.linkage.StdRecord;

/**
 * A pair's levels on every comparison, packed 4 bits each into a long (so up to 16 comparisons), in the order of
 * the run's comparison list. Packing lets millions of pairs be held and grouped by pattern cheaply.
 */
public final class ComparisonVector {
    private ComparisonVector() {
    }

    public static long compute(List<Comparison> comparisons, StdRecord a, StdRecord b) {
        long v = 0;
        for (int c = 0; c < comparisons.size(); c++) {
            v |= ((long) comparisons.get(c).level(a, b)) << (4 * c);
        }
        return v;
    }

    public static int level(long vector, int comparison) {
        return (int) ((vector >>> (4 * comparison)) & 0xF);
    }

    /** "name=1 premises=0 ..." for logs and exports. */
    public static String format(List<Comparison> comparisons, long vector) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < comparisons.size(); c++) {
            if (c > 0) {
                sb.append(' ');
            }
            sb.append(comparisons.get(c).name()).append('=').append(level(vector, c));
        }
        return sb.toString();
    }
}
