package org.crosscheck.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fields an agency column can be mapped onto. Columns left unmapped are still kept with the record.
 * Multi-valued fields accept several columns (address lines, several phone columns), joined in column order.
 */
public enum CanonicalField {
    BUSINESS_NAME(false),
    TRADING_NAME(false),
    LEGAL_NAME(false),
    ADDRESS(true),
    BUILDING(false),
    HOUSE_NUMBER(false),
    STREET(false),
    LOCALITY(false),
    TOWN(false),
    POSTCODE(false),
    UPRN(false),
    PHONE(true),
    EMAIL(false),
    CONTACT_NAME(false),
    COMPANY_NUMBER(false),
    BUSINESS_TYPE(false),
    WARD(false),
    AGENCY_REF(false),
    RISK_RATING(false),
    NON_COMPLIANCE_FLAG(false),
    NON_COMPLIANCE_DATE(false),
    NON_COMPLIANCE_NOTES(false),
    LAST_VISIT_DATE(false);

    /** Fields that say who the business is: a record needs one of these or an address. */
    public static final Set<CanonicalField> NAMES = EnumSet.of(BUSINESS_NAME, TRADING_NAME, LEGAL_NAME);
    /** Fields that say where the business is. */
    public static final Set<CanonicalField> ADDRESS_PARTS =
            EnumSet.of(ADDRESS, BUILDING, HOUSE_NUMBER, STREET, LOCALITY, TOWN, POSTCODE, UPRN);
    /** Fields holding dates; their cells are coerced to ISO dates on import. */
    public static final Set<CanonicalField> DATES = EnumSet.of(NON_COMPLIANCE_DATE, LAST_VISIT_DATE);

    private final boolean multiValued;

    CanonicalField(boolean multiValued) {
        this.multiValued = multiValued;
    }

    /** True when several columns may be mapped onto this field (their values are joined). */
    public boolean isMultiValued() {
        return multiValued;
    }

    /** True for a field that identifies a business by name. */
    public boolean isName() {
        return NAMES.contains(this);
    }

    /** True for a field that locates a business. */
    public boolean isAddressPart() {
        return ADDRESS_PARTS.contains(this);
    }
}
