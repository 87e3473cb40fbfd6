package org.crosscheck.insight;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;

/**
 * Whether an agency's record shows that the agency has an interest in a business: a non-compliance flag or date,
 * or a high or medium risk on the agency's own scale brought to the common one. A register entry alone (a food
 * registration, a rates account) means the agency knows the business, not that it has a concern.
 */
public final class InterestRule {
    /** Flag cells that mean "no concern" in the files agencies send ("N", "No", "None", "0", "false", "-"). */
    private static final Set<String> NEGATIVE = Set.of("", "n", "no", "none", "nil", "0", "false", "f", "-", "n/a",
            "na", "no concerns", "compliant", "satisfactory");

    private InterestRule() {
    }

    public static boolean signalsInterest(ProfileRecord r) {
        return flagged(r.nonComplianceFlag()) || r.nonComplianceDate() != null
                || r.riskBand() == RiskBand.HIGH || r.riskBand() == RiskBand.MEDIUM;
    }

    /** In words, why the record counts as an interest (for the screen and the briefing), or null when it does not. */
    public static String reason(ProfileRecord r) {
        if (flagged(r.nonComplianceFlag())) {
            return "non-compliance recorded (" + r.nonComplianceFlag().trim() + ")"
                    + (r.nonComplianceDate() != null ? " on " + r.nonComplianceDate() : "");
        }
        if (r.nonComplianceDate() != null) {
            return "non-compliance recorded on " + r.nonComplianceDate();
        }
        if (r.riskBand() == RiskBand.HIGH || r.riskBand() == RiskBand.MEDIUM) {
            return r.riskBand().name().toLowerCase(Locale.ROOT) + " risk"
                    + (r.riskRaw() != null && !r.riskRaw().isBlank() ? " (" + r.riskRaw().trim() + ")" : "");
        }
        return null;
    }

    static boolean flagged(String flag) {
        return flag != null && !NEGATIVE.contains(flag.trim().toLowerCase(Locale.ROOT));
    }
}
