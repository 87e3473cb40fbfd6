package org.crosscheck.insight;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;

/**
 * One business as the partnership sees it: every agency record linked to it, which agencies know it, which of them
 * record an interest, and its combined risk.
 *
 * @param combinedRisk the highest band any agency gives it
 * @param riskScore    points summed over the agencies' bands (high 3, medium 2, low 1): two agencies rating a
 *                     business medium outrank one rating it high, because concern from several sides is the signal
 * @param ward         the council ward, when an agency's file gives one (null otherwise)
 * @param lastVisits   the latest visit date each agency records
 */
public record BusinessProfile(long entityId, String name, Set<String> aliases, String address, String postcode,
                              String district, String ward, Set<String> businessTypes, Set<AgencyKind> agencies,
                              Set<AgencyKind> interestAgencies, RiskBand combinedRisk, int riskScore,
                              Map<AgencyKind, LocalDate> lastVisits, List<ProfileRecord> records) {
    public BusinessProfile {
        aliases = Set.copyOf(aliases);
        businessTypes = Set.copyOf(businessTypes);
        agencies = agencies.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(agencies);
        interestAgencies = interestAgencies.isEmpty() ? EnumSet.noneOf(AgencyKind.class)
                : EnumSet.copyOf(interestAgencies);
        lastVisits = Map.copyOf(lastVisits);
        records = List.copyOf(records);
    }

    public int agencyCount() {
        return agencies.size();
    }

    public int interestCount() {
        return interestAgencies.size();
    }

    /** The most recent visit any agency records, or null. */
    public LocalDate lastVisit() {
        return lastVisits.values().stream().max(LocalDate::compareTo).orElse(null);
    }
}
