package org.crosscheck.ingest.mapping;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.domain.CanonicalField;

/**
 * The header texts UK agencies actually use for each canonical field, gathered from council, fire, HMRC,
 * licensing and Companies House extracts. Compared after {@link #normalise}.
 */
final class HeaderSynonyms {
    static final Map<CanonicalField, List<String>> BY_FIELD = new EnumMap<>(CanonicalField.class);

    static {
        put(CanonicalField.BUSINESS_NAME, "business name", "premises name", "name of establishment",
                "establishment name", "establishment", "premises", "name", "business", "shop name", "premises trading name",
                "occupier", "occupier name", "name of business", "business premises name", "site name", "venue",
                "venue name", "employer", "employer name", "business employer name", "organisation", "organisation name");
        put(CanonicalField.TRADING_NAME, "trading as", "t a", "ta", "trading name", "trade name", "trades as",
                "known as", "operating name");
        put(CanonicalField.LEGAL_NAME, "trader name", "trader", "licence holder company", "operator company", "legal name", "company name", "registered name", "proprietor", "ratepayer",
                "ratepayer name", "owner company", "operator", "limited company", "registered company name",
                "company", "licence holder company", "legal entity", "liable party");
        put(CanonicalField.ADDRESS, "address", "addr", "street address", "address line", "full address", "premises address", "address line 1", "address line 2",
                "address line 3", "address line 4", "address 1", "address 2", "address 3", "addr1", "addr2", "addr3",
                "registered office address", "site address", "property address", "location", "business address",
                "address1", "address2", "address3", "addressline1", "addressline2", "addressline3", "incident address",
                "registered office", "premises location", "supply address");
        put(CanonicalField.BUILDING, "flat", "unit", "building", "building name", "flat unit", "sub building",
                "sao", "saon", "flat no", "unit no", "unit number", "flat number", "shop unit");
        put(CanonicalField.HOUSE_NUMBER, "house number", "house no", "no", "number", "street number", "paon",
                "building number", "property number", "door number");
        put(CanonicalField.STREET, "street", "road", "street name", "thoroughfare", "street road");
        put(CanonicalField.LOCALITY, "locality", "district", "area", "village", "dependent locality", "neighbourhood");
        put(CanonicalField.TOWN, "town", "city", "post town", "town city", "posttown");
        put(CanonicalField.POSTCODE, "postcode", "post code", "postal code", "pcode", "post cd", "zip", "postcode district");
        put(CanonicalField.UPRN, "uprn", "unique property reference number", "property uprn", "blpu uprn");
        put(CanonicalField.PHONE, "phone", "telephone", "tel", "tel no", "telephone no", "telephone number",
                "contact number", "mobile", "mobile number", "mobile no", "landline", "contact tel", "phone number",
                "contact phone", "tel number", "business phone", "contact telephone", "phone no", "mob");
        put(CanonicalField.EMAIL, "email", "e mail", "email address", "contact email", "e mail address");
        put(CanonicalField.CONTACT_NAME, "principal authority", "nominated individual", "contact", "contact name", "owner", "owner name", "proprietor name",
                "director", "director name", "directors", "dps", "dps name", "designated premises supervisor", "manager",
                "licence holder", "person responsible", "operator name", "responsible person", "key person",
                "premises licence holder", "named contact", "owner operator", "main contact");
        put(CanonicalField.COMPANY_NUMBER, "company number", "company no", "company reg no", "company registration number",
                "crn", "reg no", "registration number", "companies house number", "company registration no",
                "co no", "ch number", "company reg number");
        put(CanonicalField.WARD, "ward", "electoral ward", "ward name", "council ward");
        put(CanonicalField.BUSINESS_TYPE, "business type", "type", "premises type", "type of business", "category",
                "activity", "sector", "business activity", "nature of business", "sic description",
                "property description", "business category", "trade", "establishment type", "premises category",
                "description");
        put(CanonicalField.AGENCY_REF, "reference", "ref", "premises ref", "case no", "case number", "case ref",
                "fhrsid", "fhrs id", "id", "record id", "licence number", "licence no", "licence ref", "account number",
                "property reference", "property ref", "incident number", "urn", "our ref", "premises id", "visit ref",
                "reference number", "case reference", "account ref", "licence reference", "file ref", "record no",
                "property ref no", "local reference", "premises reference");
        put(CanonicalField.RISK_RATING, "compliance score", "compliance rating", "rating", "risk", "risk rating", "risk score", "risk level", "hygiene rating",
                "rating value", "fhrs rating", "risk category", "priority", "risk band", "fsa rating", "score",
                "risk group", "risk grade", "premises risk", "fire risk");
        put(CanonicalField.NON_COMPLIANCE_FLAG, "open enquiry", "open case", "enquiry open", "in arrears", "arrears", "accounts overdue", "overdue", "returns overdue", "illegal workers found", "non compliance", "non compliant", "enforcement", "enforcement action",
                "enforcement notice", "breach", "illegal working", "illegal workers found", "illegal workers",
                "compliance", "notice served", "sanction", "penalty", "civil penalty", "outcome", "action taken",
                "enforcement status", "prohibition", "notice type", "offence", "breach found");
        put(CanonicalField.NON_COMPLIANCE_DATE, "last complaint", "complaint date", "date of complaint", "last complaint date", "review date", "licence review date", "date of review", "date served", "notice date", "enforcement date", "breach date",
                "date of offence", "penalty date", "action date", "date of notice", "notice served date",
                "enforcement notice date", "offence date", "date of breach", "date of enforcement");
        put(CanonicalField.NON_COMPLIANCE_NOTES, "notes", "comments", "details", "remarks", "intelligence",
                "enforcement notes", "breach details", "observations", "notice details", "case notes", "summary",
                "concerns", "complaint details");
        put(CanonicalField.LAST_VISIT_DATE, "last contact", "last contact date", "date of last contact", "last seen", "last inspection", "last inspected", "date of last visit", "last visit",
                "last visit date", "inspection date", "rating date", "date of inspection", "last audit",
                "last inspection date", "visit date", "date of last inspection", "last audit date", "date visited",
                "last fire safety audit", "audit date");
    }

    /**
     * Headers agencies use for things that are none of the canonical fields, though they contain a word that is
     * ("Licence Type" is not a business type); they are left unmapped rather than guessed from that word.
     */
    static final java.util.Set<String> NOT_MAPPED = java.util.Set.of("licence type", "company type", "licence status",
            "company status", "rateable value", "sbrr", "max occupiers", "expiry date", "incorporation date",
            "liability start", "complaints", "officer", "incidents", "sic code", "employees", "number of employees",
            "licence expiry", "date registered", "case officer", "visit type", "rating status");

    private HeaderSynonyms() {
    }

    private static void put(CanonicalField field, String... synonyms) {
        BY_FIELD.put(field, List.of(synonyms).stream().map(HeaderSynonyms::normalise).toList());
    }

    /** Lower case, "&" as "and", anything but letters and digits as single spaces. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "")
                .replaceAll("[^a-z0-9]+", " ").trim();
    }
}
