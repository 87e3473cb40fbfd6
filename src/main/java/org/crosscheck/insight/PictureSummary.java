package org.crosscheck.insight;

import java.util.List;

/**
 * The figures the evaluation's Table 1 reports for a partnership, for this workspace.
 *
 * @param recordsCompared current agency records that went into the last link run
 * @param businesses      businesses (entities) they form
 * @param knownByCount    index n holds how many businesses n agencies know (index 0 unused)
 * @param knownToTwo      businesses at least two agencies hold a record of
 * @param interestTwo     businesses at least two agencies record an interest in
 * @param interestThree   ... at least three
 * @param linkMillis      how long the last link run took
 */
public record PictureSummary(int recordsCompared, int businesses, List<Integer> knownByCount, int knownToTwo,
                             int interestTwo, int interestThree, long linkMillis) {
    public PictureSummary {
        knownByCount = List.copyOf(knownByCount);
    }

    public double interestTwoShare() {
        return businesses == 0 ? 0 : (double) interestTwo / businesses;
    }

    public double interestThreeShare() {
        return businesses == 0 ? 0 : (double) interestThree / businesses;
    }

    static PictureSummary of(List<BusinessProfile> profiles, long linkMillis) {
        int maxAgencies = profiles.stream().mapToInt(BusinessProfile::agencyCount).max().orElse(0);
        Integer[] known = new Integer[Math.max(maxAgencies + 1, 5)];
        java.util.Arrays.fill(known, 0);
        int records = 0;
        int two = 0;
        int interestTwo = 0;
        int interestThree = 0;
        for (BusinessProfile p : profiles) {
            records += p.records().size();
            known[p.agencyCount()]++;
            two += p.agencyCount() >= 2 ? 1 : 0;
            interestTwo += p.interestCount() >= 2 ? 1 : 0;
            interestThree += p.interestCount() >= 3 ? 1 : 0;
        }
        return new PictureSummary(records, profiles.size(), List.of(known), two, interestTwo, interestThree,
                linkMillis);
    }
}
