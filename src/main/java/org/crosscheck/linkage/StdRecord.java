package org.crosscheck.linkage;

import java.util.List;
import org.crosscheck.linkage.compare.NameTraits;

/**
 * One record with every field standardised for matching (lower case, legal suffixes gone, E.164 phones, valid
 * postcodes). Fields are null when missing; lists are empty, never null. Immutable and thread-safe.
 *
 * @param index       position in the run's record array (pairs refer to records by index)
 * @param id          the stored record's id
 * @param sourceId    the source it belongs to
 * @param names       every business name alias the record carries (business, trading, legal), standardised
 * @param nameKey     phonetic key of the main name, for blocking
 * @param subBuilding flat / unit / shop, standardised ("flat a", "unit 3")
 * @param legalNameOnly true when every name the record has is a legal name (a ratepayer, a registered company),
 *                    which is not expected to equal another agency's trading name
 * @param personKeys  "surname initial" of every person named: contacts, and names that are people ("mr s demir")
 * @param registeredNames the names written with a company's legal form (Ltd, Limited, LLP, PLC, CIC), standardised:
 *                    a registered company's name is unique in the UK, so two of them agreeing is strong evidence
 * @param trades      the kinds of business the record's type may be, as {@link org.crosscheck.linkage.standardise.Trades}
 *                    bits; 0 when it has no type or one that says nothing of the trade
 * @param nameTraits  what comparing the names asks of them, worked out once (see NameTraits)
 */
public record StdRecord(int index, long id, int sourceId, List<String> names, String nameKey, String subBuilding,
                        String houseNumber, String street, String town, String postcode, String postcodeSector,
                        String postcodeDistrict, List<String> phones, List<String> mobiles, String companyNumber,
                        String uprn, List<String> contacts, List<String> personKeys, String email,
                        boolean legalNameOnly, List<String> registeredNames, int trades, NameTraits nameTraits) {

    /** A record whose name traits are worked out from its names. */
    public StdRecord(int index, long id, int sourceId, List<String> names, String nameKey, String subBuilding,
                     String houseNumber, String street, String town, String postcode, String postcodeSector,
                     String postcodeDistrict, List<String> phones, List<String> mobiles, String companyNumber,
                     String uprn, List<String> contacts, List<String> personKeys, String email,
                     boolean legalNameOnly, List<String> registeredNames, int trades) {
        this(index, id, sourceId, names, nameKey, subBuilding, houseNumber, street, town, postcode, postcodeSector,
                postcodeDistrict, phones, mobiles, companyNumber, uprn, contacts, personKeys, email, legalNameOnly,
                registeredNames, trades, NameTraits.of(names, registeredNames));
    }

    /** A record of no known trade whose name traits are worked out from its names (for tests and tools). */
    public StdRecord(int index, long id, int sourceId, List<String> names, String nameKey, String subBuilding,
                     String houseNumber, String street, String town, String postcode, String postcodeSector,
                     String postcodeDistrict, List<String> phones, List<String> mobiles, String companyNumber,
                     String uprn, List<String> contacts, List<String> personKeys, String email,
                     boolean legalNameOnly, List<String> registeredNames) {
        this(index, id, sourceId, names, nameKey, subBuilding, houseNumber, street, town, postcode, postcodeSector,
                postcodeDistrict, phones, mobiles, companyNumber, uprn, contacts, personKeys, email, legalNameOnly,
                registeredNames, 0);
    }

    /** The first name alias, or null. */
    public String mainName() {
        return names.isEmpty() ? null : names.get(0);
    }
}
