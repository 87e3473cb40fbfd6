package org.crosscheck.export.pack;

import java.util.List;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.export.sharing.BusinessView;

/**
 * One business of a pack or briefing as its recipient may see it, with its visit (null when the business is not on
 * the tasking list), who should attend and why (reasons already redacted), referrals, outcomes and network links.
 */
public record PackItem(Visit visit, BusinessView business, List<Attending> attending, String leadLabel,
                       String leadReason, List<String> warnings, List<Referral> referrals,
                       List<VisitOutcome> outcomes, List<String> networkLinks) {
    public PackItem {
        attending = List.copyOf(attending);
        warnings = List.copyOf(warnings);
        referrals = List.copyOf(referrals);
        outcomes = List.copyOf(outcomes);
        networkLinks = List.copyOf(networkLinks);
    }

    /** One attending agency: why it attends, whether it can enter without a warrant, and its entry note. */
    public record Attending(String agency, String reason, boolean entryWithoutWarrant, String entryNote,
                            String sanctions) {
    }
}
