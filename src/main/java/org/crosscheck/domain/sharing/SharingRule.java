package org.crosscheck.domain.sharing;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.domain.AgencyKind;

/**
 * Which recipients may see one source's records in full and which see only "held by the agency", and the legal
 * gateway or agreement that allows the sharing. The source's own agency always sees its records in full.
 * Recipients in {@code fullTo} and {@code heldOnlyTo} are {@link Recipient#key()}s; anyone not named gets
 * {@code defaultLevel}. {@code updatedBy}/{@code updatedAt} are null for a default rule that was never saved.
 */
public record SharingRule(int sourceId, String sourceName, AgencyKind sourceAgency, SharingLevel defaultLevel,
                          Set<String> fullTo, Set<String> heldOnlyTo, String gateway, String updatedBy,
                          LocalDateTime updatedAt) {
    /** The gateway note of a default HMRC rule. */
    public static final String HMRC_GATEWAY = "HMRC may share taxpayer information only in limited cases "
            + "(Commissioners for Revenue and Customs Act 2005, s.18): detail stays with HMRC unless its lead officer "
            + "agrees a disclosure.";
    /** The gateway note of every other default rule. */
    public static final String PARTNERSHIP_GATEWAY = "Partnership information-sharing agreement (MoU).";

    public SharingRule {
        // sorted, so that lists print and store the same way every time
        fullTo = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(fullTo));
        heldOnlyTo = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(heldOnlyTo));
        gateway = gateway == null ? "" : gateway;
    }

    /**
     * The rule a source has until the analyst changes it: HMRC records are withheld from everyone but HMRC (the
     * evaluation: HMRC may share only in limited cases); every other source is shared in full with the partnership.
     */
    public static SharingRule defaultFor(int sourceId, String sourceName, AgencyKind agency) {
        if (agency == AgencyKind.HMRC) {
            return new SharingRule(sourceId, sourceName, agency, SharingLevel.HELD_ONLY, Set.of(), Set.of(),
                    HMRC_GATEWAY, null, null);
        }
        return new SharingRule(sourceId, sourceName, agency, SharingLevel.FULL, Set.of(), Set.of(),
                PARTNERSHIP_GATEWAY, null, null);
    }

    /** What {@code recipient} may see of this source's records. */
    public SharingLevel levelFor(Recipient recipient) {
        if (recipient.agency() != null && recipient.agency() == sourceAgency) {
            return SharingLevel.FULL;
        }
        if (fullTo.contains(recipient.key())) {
            return SharingLevel.FULL;
        }
        if (heldOnlyTo.contains(recipient.key())) {
            return SharingLevel.HELD_ONLY;
        }
        return defaultLevel;
    }

    /** True when the analyst has saved this rule (it is no longer the default). */
    public boolean isSaved() {
        return updatedAt != null;
    }
}
