package org.crosscheck.linkage;

import org.crosscheck.domain.StoredRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.linkage.standardise.AddressParser;
import org.crosscheck.linkage.standardise.AddressParts;
import org.crosscheck.linkage.standardise.BusinessNameStandardiser;
import org.crosscheck.linkage.standardise.CompanyNumbers;
import org.crosscheck.linkage.standardise.NameAliases;
import org.crosscheck.linkage.standardise.PersonNameStandardiser;
import org.crosscheck.linkage.standardise.PhoneNumbers;
import org.crosscheck.linkage.standardise.PhoneticKeys;
import org.crosscheck.linkage.standardise.Postcode;
import org.crosscheck.linkage.standardise.Trades;

/** Builds a record's standardised form from its imported values, using the standardisers. Thread-safe. */
public final class RecordStandardiser {
    private static final int MIN_FOREIGN_PHONE_DIGITS = 9;
    private static final List<CanonicalField> NAME_FIELDS = List.of(CanonicalField.BUSINESS_NAME,
            CanonicalField.TRADING_NAME, CanonicalField.LEGAL_NAME);
    private final BusinessNameStandardiser names = new BusinessNameStandardiser();
    private final PersonNameStandardiser people = new PersonNameStandardiser();

    public StdRecord standardise(int index, StoredRecord in) {
        List<String> aliases = new ArrayList<>();
        List<String> registered = new ArrayList<>();
        // each name cell split once, for the business names here and for the people named in them below
        List<List<String>> nameCells = new ArrayList<>(NAME_FIELDS.size());
        for (CanonicalField f : NAME_FIELDS) {
            nameCells.add(NameAliases.split(in.value(f)));
        }
        for (List<String> cell : nameCells) {
            for (String raw : cell) {
                String name = names.standardise(raw);
                addDistinct(aliases, name);
                if (BusinessNameStandardiser.hasCompanyForm(raw)) {
                    addDistinct(registered, name);
                }
            }
        }
        boolean legalNameOnly = in.value(CanonicalField.BUSINESS_NAME) == null
                && in.value(CanonicalField.TRADING_NAME) == null && in.value(CanonicalField.LEGAL_NAME) != null;
        AddressParts address = AddressParser.fromParts(in.value(CanonicalField.ADDRESS), in.value(CanonicalField.BUILDING),
                in.value(CanonicalField.HOUSE_NUMBER), in.value(CanonicalField.STREET), in.value(CanonicalField.LOCALITY),
                in.value(CanonicalField.TOWN), in.value(CanonicalField.POSTCODE));
        if (aliases.isEmpty() && address.buildingName() != null
                && (!BUILDING_WORDS.matcher(address.buildingName()).matches()
                        || TRADE_WORDS.matcher(address.buildingName()).matches())) {
            // a fire audit's "The Chicken Shop, 12 The Broadway": the only name the record has is in its address
            addDistinct(aliases, names.standardise(address.buildingName()));
        }
        Postcode postcode = address.postcode() != null ? address.postcode()
                : Postcode.parse(in.value(CanonicalField.POSTCODE));
        List<String> phones = new ArrayList<>();
        List<String> mobiles = new ArrayList<>();
        String phoneText = in.value(CanonicalField.PHONE);
        for (PhoneNumbers.Phone p : PhoneNumbers.parseAll(phoneText)) {
            addDistinct(phones, phoneKey(p.e164()));
            if (p.mobile()) {
                addDistinct(mobiles, p.e164());
            }
        }
        if (phones.isEmpty() && phoneText != null && phoneText.replaceAll("[^0-9]", "").length()
                >= MIN_FOREIGN_PHONE_DIGITS) {
            // a number outside the UK plan (a partner's foreign data) still compares on its digits
            addDistinct(phones, phoneKey(phoneText));
        }
        List<String> contacts = new ArrayList<>();
        for (String person : PersonNameStandardiser.splitPeople(in.value(CanonicalField.CONTACT_NAME))) {
            addDistinct(contacts, people.standardise(person));
        }
        List<String> personKeys = new ArrayList<>();
        contacts.forEach(c -> addDistinct(personKeys, personKey(c)));
        for (int n = 0; n < NAME_FIELDS.size(); n++) {
            CanonicalField f = NAME_FIELDS.get(n);
            for (String raw : nameCells.get(n)) {
                if (isPerson(raw, f)) {
                    for (String person : PersonNameStandardiser.splitPeople(raw)) {
                        addDistinct(personKeys, personKey(people.standardise(person)));
                    }
                }
            }
        }
        String main = aliases.isEmpty() ? null : aliases.get(0);
        return new StdRecord(index, in.id(), in.sourceId(), List.copyOf(aliases), PhoneticKeys.nameKey(main),
                address.subBuilding(), address.houseNumber(), address.street(), lower(address.town()),
                postcode == null ? null : postcode.full(), postcode == null ? null : postcode.sector(),
                postcode == null ? null : postcode.district(), List.copyOf(phones), List.copyOf(mobiles),
                CompanyNumbers.standardise(in.value(CanonicalField.COMPANY_NUMBER)),
                uprn(in.value(CanonicalField.UPRN)), List.copyOf(contacts), List.copyOf(personKeys),
                lower(in.value(CanonicalField.EMAIL)), legalNameOnly && !aliases.isEmpty(), List.copyOf(registered),
                Trades.of(in.value(CanonicalField.BUSINESS_TYPE)));
    }

    /**
     * The same record without an address: for a company registered at a formation agent's or accountant's
     * office, which says nothing about where the business trades.
     */
    static StdRecord withoutAddress(StdRecord r) {
        return new StdRecord(r.index(), r.id(), r.sourceId(), r.names(), r.nameKey(), null, null, null, null, null,
                null, null, r.phones(), r.mobiles(), r.companyNumber(), r.uprn(), r.contacts(), r.personKeys(),
                r.email(), r.legalNameOnly(), r.registeredNames(), r.trades(), r.nameTraits());
    }

    /** Building names that name a part of a building or a site, not a business ("Flat above", "Riverside House"). */
    private static final java.util.regex.Pattern BUILDING_WORDS = java.util.regex.Pattern.compile(
            "(?i).*\\b(flat|flats|above|floor|unit|suite|room|apartment|house|court|building|block|centre|center|hall|"
                    + "estate|park|parade|market|mews|chambers|works|yard|lodge|cottage|tower|rear|front|back|side|ground|first|second|"
                    + "basement|upstairs|downstairs|premises|land|site)\\b.*");

    /** Words of a trade that make a "building" a business: "Diamond Kebab House", "Red Guest House", "Corner Cafe". */
    private static final java.util.regex.Pattern TRADE_WORDS = java.util.regex.Pattern.compile(
            "(?i).*\\b(kebab|curry|coffee|tea|pizza|chicken|fish|burger|noodle|balti|tandoori|spice|cafe|café|bar|grill|"
                    + "guest|pub|inn|salon|nails?|barbers?|bakery|takeaway|restaurant|hotel|stores?|shop)\\b.*");

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "(?i)^(mr|mrs|ms|miss|mx|dr)\\.?\\s.*");
    private static final java.util.regex.Pattern NOT_A_PERSON = java.util.regex.Pattern.compile(
            "(?i).*\\b(ltd|limited|llp|plc|co|company|and|services|trading|group|holdings|enterprises|ventures|the|"
                    + "cafe|shop|store|stores|restaurant|takeaway|bar|pub|hotel|motors|garage|wash|salon|foods?|"
                    + "market|news|wines?|kitchen|pizza|grill|uk|&)\\b.*|.*\\d.*");

    /**
     * Whether a name cell holds a person: one with a title ("Mr S Demir"), or a legal name of two or three
     * words with nothing business-like in it (a sole trader, "Stephen Demir").
     */
    static boolean isPerson(String raw, CanonicalField field) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String s = raw.trim();
        // a title starts with m or d: most names are let go without the pattern
        char first = Character.toLowerCase(s.charAt(0));
        if ((first == 'm' || first == 'd') && TITLE.matcher(s).matches()) {
            return true;
        }
        if (field != CanonicalField.LEGAL_NAME) {
            return false;
        }
        int words = wordCount(s);
        return words >= 2 && words <= 3 && !NOT_A_PERSON.matcher(s).matches();
    }

    /** {@code s.split("\\s+").length} for a trimmed, non-empty string, without a regular expression. */
    static int wordCount(String s) {
        int words = 1;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isRegexSpace(s.charAt(i)) && !isRegexSpace(s.charAt(i + 1))) {
                words++;
            }
        }
        return words;
    }

    /** What {@code \s} matches in java.util.regex by default: space, tab, line feed, VT, form feed, return. */
    private static boolean isRegexSpace(char ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    /** "ayse begum" → "begum a": surname and first initial, the part of a name agencies agree on. */
    static String personKey(String standardisedPerson) {
        if (standardisedPerson == null) {
            return null;
        }
        String[] tokens = standardisedPerson.trim().split("\\s+");
        if (tokens.length < 2 || tokens[tokens.length - 1].length() < 2) {
            return null;
        }
        return tokens[tokens.length - 1] + " " + tokens[0].charAt(0);
    }

    private static void addDistinct(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Phones compare on their last ten digits: a UK number's national significant number, whichever way it was
     * written (+44 7700 900123, 07700900123), and the same digits for numbers the UK plan does not recognise.
     */
    static String phoneKey(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return digits.substring(Math.max(0, digits.length() - 10));
    }

    /** UPRNs are numbers up to 12 digits; leading zeros and spreadsheet decimals are noise. */
    static String uprn(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.trim().replaceAll("\\.0+$", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.isEmpty() || digits.length() > 12 ? null : digits;
    }
}
