package org.crosscheck.export.sharing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;

/**
 * One business as a recipient may see it. {@code agencies} are every agency that holds a record (that much is always
 * shared); {@code visibleRecords} are those it may read; {@code withheldAgencies} get a marker instead of detail.
 * {@code visibleRisk} and {@code visibleInterest} come from visible records only, so a withheld rating cannot leak
 * through the combined risk.
 */
public record BusinessView(long entityId, String name, Set<String> aliases, String address, String postcode,
                           String district, Set<AgencyKind> agencies, List<ProfileRecord> visibleRecords,
                           Set<AgencyKind> withheldAgencies, int withheldRecords, RiskBand visibleRisk,
                           Set<AgencyKind> visibleInterest) {
    public BusinessView {
        aliases = Set.copyOf(aliases);
        agencies = agencies.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(agencies);
        visibleRecords = List.copyOf(visibleRecords);
        withheldAgencies = withheldAgencies.isEmpty() ? EnumSet.noneOf(AgencyKind.class)
                : EnumSet.copyOf(withheldAgencies);
        visibleInterest = visibleInterest.isEmpty() ? EnumSet.noneOf(AgencyKind.class)
                : EnumSet.copyOf(visibleInterest);
    }

    /** One line per withheld agency, e.g. "Further information held by HMRC — ask the lead officer". */
    public List<String> markers() {
        return withheldAgencies.stream().map(SharingPolicy::marker).toList();
    }
}
