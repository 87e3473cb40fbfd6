package org.crosscheck.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crosscheck.domain.AgencyKind;

/**
 * How many businesses each pair of agencies both hold a record of; the diagonal is how many each agency holds.
 * Symmetric.
 */
public record OverlapMatrix(List<AgencyKind> agencies, int[][] counts) {

    public static OverlapMatrix of(Collection<BusinessProfile> profiles) {
        SortedSet<AgencyKind> present = new TreeSet<>();
        profiles.forEach(p -> present.addAll(p.agencies()));
        List<AgencyKind> order = new ArrayList<>(present);
        int n = order.size();
        int[][] counts = new int[n][n];
        int[] index = new int[AgencyKind.values().length];
        for (int i = 0; i < n; i++) {
            index[order.get(i).ordinal()] = i;
        }
        for (BusinessProfile p : profiles) {
            List<AgencyKind> held = new ArrayList<>(p.agencies());
            for (AgencyKind a : held) {
                for (AgencyKind b : held) {
                    counts[index[a.ordinal()]][index[b.ordinal()]]++;
                }
            }
        }
        return new OverlapMatrix(List.copyOf(order), counts);
    }

    public int count(AgencyKind a, AgencyKind b) {
        int i = agencies.indexOf(a);
        int j = agencies.indexOf(b);
        return i < 0 || j < 0 ? 0 : counts[i][j];
    }

    /** The largest count off the diagonal, for scaling a heat map. */
    public int maxShared() {
        int max = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                if (i != j) {
                    max = Math.max(max, counts[i][j]);
                }
            }
        }
        return max;
    }
}
