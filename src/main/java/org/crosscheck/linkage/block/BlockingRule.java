package org.crosscheck.linkage.block;

import java.util.function.Consumer;
import org.crosscheck.linkage.StdRecord;

/**
 * Says which records could be the same business: records that share a key under a rule become candidate pairs.
 * A record may give several keys (several phones) or none (no postcode). Stateless and thread-safe.
 */
public interface BlockingRule {

    /** Short name, reported with the rule's candidate count, e.g. "same postcode". */
    String name();

    /** Emits the record's keys under this rule; nothing when the fields it needs are missing. */
    void keys(StdRecord record, Consumer<String> out);

    /** Whether two records sharing a key make a candidate; by default always. */
    default boolean accepts(StdRecord a, StdRecord b) {
        return true;
    }
}
