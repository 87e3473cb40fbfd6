package org.crosscheck.insight;

import java.util.Comparator;

/**
 * The order the partnership should look at businesses in: most agencies with an interest first, then the combined
 * risk score, then how many agencies know the business. Ties fall back to the name so the list is stable.
 */
public final class BusinessRanking {
    public static final Comparator<BusinessProfile> PRIORITY = Comparator
            .comparingInt(BusinessProfile::interestCount).reversed()
            .thenComparing(Comparator.comparingInt(BusinessProfile::riskScore).reversed())
            .thenComparing(Comparator.comparingInt(BusinessProfile::agencyCount).reversed())
            .thenComparing(BusinessProfile::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(BusinessProfile::entityId);

    private BusinessRanking() {
    }
}
