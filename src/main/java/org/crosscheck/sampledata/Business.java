package org.crosscheck.sampledata;

import java.time.LocalDate;

/**
 * One true business of the synthetic town: the ground truth every agency record points back to.
 *
 * @param id            stable id ("B00042"), the join key of the truth files
 * @param tradingName   name over the door
 * @param legalName     registered company name, or the proprietor's name for sole traders
 * @param companyNumber Companies House number, or {@code null} when not a limited company
 * @param type          what the business does
 * @param address       where it trades
 * @param owner         proprietor or director
 * @param landline      business landline in national format, or {@code null}
 * @param email         contact e-mail, or {@code null}
 * @param chain         chain or franchise brand, or {@code null}
 * @param incorporated  incorporation date for companies, else {@code null}
 * @param dissolved     true for a dissolved company later replaced by a successor at the same premises
 */
record Business(String id, String tradingName, String legalName, String companyNumber, BusinessType type,
                Address address, Owner owner, String landline, String email, String chain,
                LocalDate incorporated, boolean dissolved) {

    boolean isCompany() {
        return companyNumber != null;
    }

    /** The number an agency is most likely to be given: the owner's mobile if any, else the landline. */
    String bestPhone() {
        return owner.mobile() != null ? owner.mobile() : landline;
    }
}
