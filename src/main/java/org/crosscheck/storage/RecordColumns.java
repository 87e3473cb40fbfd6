package org.crosscheck.storage;

import static org.crosscheck.storage.jooq.Tables.SOURCE_RECORD;

import java.util.EnumMap;
import java.util.Map;
import org.crosscheck.domain.CanonicalField;
import org.jooq.TableField;
import org.crosscheck.storage.jooq.tables.records.SourceRecordRecord;

/** Where each canonical text field is stored in {@code source_record}; the two date fields have typed columns. */
final class RecordColumns {
    static final Map<CanonicalField, TableField<SourceRecordRecord, String>> TEXT = new EnumMap<>(CanonicalField.class);

    static {
        TEXT.put(CanonicalField.BUSINESS_NAME, SOURCE_RECORD.BUSINESS_NAME);
        TEXT.put(CanonicalField.TRADING_NAME, SOURCE_RECORD.TRADING_NAME);
        TEXT.put(CanonicalField.LEGAL_NAME, SOURCE_RECORD.LEGAL_NAME);
        TEXT.put(CanonicalField.ADDRESS, SOURCE_RECORD.ADDRESS_FULL);
        TEXT.put(CanonicalField.BUILDING, SOURCE_RECORD.BUILDING);
        TEXT.put(CanonicalField.HOUSE_NUMBER, SOURCE_RECORD.HOUSE_NUMBER);
        TEXT.put(CanonicalField.STREET, SOURCE_RECORD.STREET);
        TEXT.put(CanonicalField.LOCALITY, SOURCE_RECORD.LOCALITY);
        TEXT.put(CanonicalField.TOWN, SOURCE_RECORD.TOWN);
        TEXT.put(CanonicalField.POSTCODE, SOURCE_RECORD.POSTCODE);
        TEXT.put(CanonicalField.UPRN, SOURCE_RECORD.UPRN);
        TEXT.put(CanonicalField.PHONE, SOURCE_RECORD.PHONE);
        TEXT.put(CanonicalField.EMAIL, SOURCE_RECORD.EMAIL);
        TEXT.put(CanonicalField.CONTACT_NAME, SOURCE_RECORD.CONTACT_NAME);
        TEXT.put(CanonicalField.COMPANY_NUMBER, SOURCE_RECORD.COMPANY_NUMBER);
        TEXT.put(CanonicalField.BUSINESS_TYPE, SOURCE_RECORD.BUSINESS_TYPE);
        TEXT.put(CanonicalField.WARD, SOURCE_RECORD.WARD);
        TEXT.put(CanonicalField.AGENCY_REF, SOURCE_RECORD.AGENCY_REF);
        TEXT.put(CanonicalField.RISK_RATING, SOURCE_RECORD.RISK_RAW);
        TEXT.put(CanonicalField.NON_COMPLIANCE_FLAG, SOURCE_RECORD.NON_COMPLIANCE_FLAG);
        TEXT.put(CanonicalField.NON_COMPLIANCE_NOTES, SOURCE_RECORD.NON_COMPLIANCE_NOTES);
    }

    private RecordColumns() {
    }

    /** Cuts a value to its column's width, so one over-long cell cannot fail a whole import. */
    static String fit(TableField<SourceRecordRecord, String> column, String value) {
        int length = column.getDataType().length();
        return value != null && length > 0 && value.length() > length ? value.substring(0, length) : value;
    }
}
