package org.crosscheck.linkage.cluster;

/**
 * Where each record says its business trades from, so that clustering can keep two premises out of one business
 * even when no candidate pair compared the two records: "The Crown & Anchor" in two districts is never paired
 * by blocking, yet a record naming only "The Crown & Anchor" could link to both and chain them together.
 */
public interface Premises {
    /** No record has a known premises: nothing is kept apart. */
    Premises NONE = new Premises() {
        @Override
        public boolean isKnown(int record) {
            return false;
        }

        @Override
        public boolean areDifferent(int a, int b) {
            return false;
        }
    };

    /** Whether the record has a full address (a postcode and a street). */
    boolean isKnown(int record);

    /** Whether two records with known premises are at different premises. */
    boolean areDifferent(int a, int b);
}
