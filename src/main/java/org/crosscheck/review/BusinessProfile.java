package org.crosscheck.review;

import java.util.List;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.domain.RecordDetail;

/**
 * One business as the last run linked it: every record across the agencies, why each is in it (by record id,
 * see MembershipReasons), its associations, and every decision people made about its records (oldest first),
 * with who, when and why.
 */
public record BusinessProfile(long entityId, List<RecordDetail> records, java.util.Map<Long, String> reasons,
                              List<EntityAssociation> associations, List<Decision> decisions) {

    /** Why the record is in this business, or "" when it is the business's only record. */
    public String reasonFor(long recordId) {
        return reasons.getOrDefault(recordId, "");
    }

    /** How many different agencies hold a record of this business. */
    public long agencies() {
        return records.stream().map(RecordDetail::sourceId).distinct().count();
    }
}
