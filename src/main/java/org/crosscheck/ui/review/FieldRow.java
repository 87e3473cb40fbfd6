package org.crosscheck.ui.review;

import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** One row of the side-by-side comparison: a field, both records' values and how well they agree. */
public record FieldRow(String field, String left, String right, Agreement agreement) {

    /** How two values compare, at a glance. */
    public enum Agreement { SAME, SIMILAR, DIFFERENT, MISSING, NONE }

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    /** Compares two values as text: case, spaces and punctuation ignored ("BK9 1HL" = "bk91hl"); similar from 85%. */
    public static FieldRow of(String field, String left, String right) {
        boolean hasLeft = left != null && !left.isBlank();
        boolean hasRight = right != null && !right.isBlank();
        if (!hasLeft && !hasRight) {
            return new FieldRow(field, "", "", Agreement.NONE);
        }
        if (!hasLeft || !hasRight) {
            return new FieldRow(field, hasLeft ? left : "", hasRight ? right : "", Agreement.MISSING);
        }
        String a = plain(left);
        String b = plain(right);
        Agreement agreement = a.equals(b) ? Agreement.SAME : JW.apply(a, b) >= 0.85 ? Agreement.SIMILAR
                : Agreement.DIFFERENT;
        return new FieldRow(field, left, right, agreement);
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
