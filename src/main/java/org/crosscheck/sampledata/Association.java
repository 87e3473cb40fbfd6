package org.crosscheck.sampledata;

/**
 * Two distinct businesses that a linker should see as related but must not merge.
 *
 * @param businessA lower business id
 * @param businessB higher business id
 * @param kind      SAME_OWNER_MOBILE, SAME_DIRECTOR, SAME_OWNER or SUCCESSOR_COMPANY
 */
record Association(String businessA, String businessB, String kind) {
}
