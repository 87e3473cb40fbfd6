package org.crosscheck.ingest.mapping;

import java.util.regex.Pattern;

/** Recognises what a cell holds from its shape alone: postcodes, phones, company numbers, UPRNs, e-mails, dates. */
final class ContentPatterns {
    static final Pattern POSTCODE = Pattern.compile("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}$");
    static final Pattern PHONE = Pattern.compile("^(\\+44\\s?|0044\\s?|\\(?0)[0-9()\\s-]{8,16}$");
    static final Pattern COMPANY_NUMBER = Pattern.compile("(?i)^(SC|NI|OC|SO|NC|SL|LP|R0|IP|SP|NP|RC|FC)[0-9]{6}$|^[0-9]{8}$");
    static final Pattern UPRN = Pattern.compile("^[0-9]{6,12}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
    static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");
    static final Pattern UK_DATE = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}$");

    static final Pattern COMPANY_WORDS = Pattern.compile(
            "(?i).*\\b(ltd|limited|llp|plc|& co|and co|holdings|group|services|agency|recruitment|staffing|"
                    + "solutions|enterprises|trading|uk)\\b.*");

    private ContentPatterns() {
    }

    static boolean isPostcode(String v) {
        return POSTCODE.matcher(v).matches();
    }

    static boolean isPhone(String v) {
        String digits = v.replaceAll("[^0-9]", "");
        return PHONE.matcher(v).matches() && digits.length() >= 10 && digits.length() <= 14;
    }

    static boolean isCompanyNumber(String v) {
        return COMPANY_NUMBER.matcher(v.trim()).matches();
    }

    static boolean isUprn(String v) {
        return UPRN.matcher(v).matches();
    }

    static boolean isEmail(String v) {
        return EMAIL.matcher(v).matches();
    }

    /** A name that reads like an organisation rather than a person. */
    static boolean isOrganisationName(String v) {
        return COMPANY_WORDS.matcher(v).matches();
    }

    static boolean isDate(String v) {
        return ISO_DATE.matcher(v).matches() || UK_DATE.matcher(v).matches();
    }
}
