package org.crosscheck.ui.exports;

import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;

/** One source's sharing rule as the table shows it, with what the chosen recipient sees. */
public record RuleRow(SharingRule rule, String seenBy) {
    public static RuleRow of(SharingRule rule, Recipient recipient) {
        String seen = recipient == null ? "" : rule.levelFor(recipient) == SharingLevel.FULL ? "Full records"
                : "Only 'held by " + rule.sourceAgency().label() + "'";
        return new RuleRow(rule, seen);
    }

    public String defaultText() {
        return rule.defaultLevel() == SharingLevel.FULL ? "Full" : "Held only";
    }
}
