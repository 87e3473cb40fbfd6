package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Compares one aspect of two records and says how alike they are as a level: 0 means "cannot tell" (a value is
 * missing; neutral in scoring), 1 the strongest agreement, and higher levels weaker agreement down to the last,
 * "different". Implementations are stateless and thread-safe.
 */
public interface Comparison {

    /** Level meaning a value is missing on either side. */
    int MISSING = 0;

    /** A short name used in settings, exports and explanations, e.g. "name". */
    String name();

    /** Number of levels including {@link #MISSING}. */
    int levelCount();

    /** The level of agreement between two records, 0 ≤ level < {@link #levelCount()}. */
    int level(StdRecord a, StdRecord b);

    /** Words for a level as an analyst reads them, e.g. "name 92% similar". */
    String describe(int level);

    /**
     * The value two records share at the exact level, whose frequency refines the weight (a chain's name or a
     * market hall's postcode is weaker evidence than a rare one); null when the comparison has no such adjustment.
     */
    default String exactValue(StdRecord a, StdRecord b) {
        return null;
    }

    /** As {@link #exactValue(StdRecord, StdRecord)} at a given exact level, for a comparison whose levels count different values. */
    default String exactValue(StdRecord a, StdRecord b, int level) {
        return exactValue(a, b);
    }

    /** How many frequency tables the comparison keeps: one, unless its exact levels count different values. */
    default int frequencyTables() {
        return 1;
    }

    /** The frequency table an exact level's shared value is counted in, 0 ≤ table &lt; {@link #frequencyTables()}. */
    default int frequencyTable(int level) {
        return 0;
    }

    /**
     * Whether an exact level's weight is lowered by how much commoner its shared value is than a typical one,
     * rather than by putting the value's frequency in place of the level's u. The second suits a level whose u is
     * the chance of sharing a value; a level whose u also counts a rare circumstance (no postcode on a side) would
     * lose that circumstance's evidence.
     */
    default boolean isFrequencyAgainstTypical(int level) {
        return false;
    }

    /**
     * Whether at this exact level both records hold one and the same value in the level's frequency table, and no
     * other: the frequency is then either record's own, looked up once per record rather than once per pair.
     */
    default boolean sharesOwnValue(int level) {
        return false;
    }

    /** The values of one record counted in a frequency table. */
    default java.util.List<String> frequencyValues(StdRecord record, int table) {
        return frequencyValues(record);
    }

    /**
     * The values of one record whose frequencies the term-frequency adjustment counts; empty when the comparison
     * is not adjusted.
     */
    default java.util.List<String> frequencyValues(StdRecord record) {
        return java.util.List.of();
    }

    /**
     * True for a level that says the two differ ("different street", "different people"): never evidence for a
     * match, whatever training made of it.
     */
    default boolean isDisagreementLevel(int level) {
        return false;
    }

    /**
     * True for a level that scoring counts as no evidence either way, though training estimates it: an agreement
     * that other comparisons already carry, so that counting it again would count it twice.
     */
    default boolean isNeutralLevel(int level) {
        return false;
    }

    /** True for the exact-agreement level whose weight a term-frequency adjustment refines. */
    default boolean isExactLevel(int level) {
        return level == 1;
    }

    /**
     * Compared on every n-th of the random pairs drawn to estimate u, rather than on each: for a comparison that costs
     * much more than the others and whose levels are common enough among random pairs to need fewer of them.
     */
    default int uSampleStride() {
        return 1;
    }
}
