package org.crosscheck.sampledata;

/**
 * A proprietor or director; one owner may run several businesses, which is how the associations arise.
 *
 * @param id     stable id ("P0001")
 * @param title  "Mr", "Mrs", "Ms" or "Miss"
 * @param first  first name
 * @param last   surname
 * @param mobile mobile number in national format ("07700 900123"), or {@code null}
 */
record Owner(String id, String title, String first, String last, String mobile) {

    String fullName() {
        return first + " " + last;
    }
}
