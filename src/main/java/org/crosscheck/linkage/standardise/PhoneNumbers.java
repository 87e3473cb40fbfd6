package org.crosscheck.linkage.standardise;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the telephone numbers in one cell with libphonenumber, taking UK (GB) as the region for national numbers.
 *
 * <p>A cell may hold several numbers separated by ";", "/", ",", "|", "&amp;", a new line, "or" or "and"; labels
 * ("Tel:", "Mob") and extensions ("ext 12") are ignored. A number is kept when libphonenumber says it is valid, or
 * when it is a UK (+44) number of the usual 10 national digits that libphonenumber calls possible. The fallback exists
 * because Ofcom's drama ranges (07700 900xxx,
 * 01632 960xxx), used in our test data and training material, are not valid numbers to libphonenumber 9.0.19, and
 * because real registers hold numbers from ranges allocated after the library's metadata was built. Numbers that
 * are neither (too short, too long, invalid foreign numbers) are dropped. Stateless, thread-safe, never throws.
 */
public final class PhoneNumbers {

    private static final String DEFAULT_REGION = "GB";
    private static final int UK_COUNTRY_CODE = 44;
    private static final int UK_NATIONAL_LENGTH = 10;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile(
            "[;/,|&\\n\\r]+|(?<![\\p{L}\\p{N}])(?:or|and)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    /** Each piece is scanned with a bounded effort so a 10k-character cell stays fast. */
    private static final long MAX_TRIES_PER_PIECE = 20;

    /**
     * One telephone number in E.164 form.
     *
     * @param e164 the number, "+" then country code and national number ("+447700900123"), never {@code null}
     * @param mobile {@code true} for a mobile number (see {@link PhoneNumbers#parseAll} for how UK mobiles are told)
     */
    public record Phone(String e164, boolean mobile) {
    }

    private PhoneNumbers() {
    }

    /**
     * Returns the distinct numbers in {@code raw}, in the order written.
     *
     * <p>{@code mobile} is libphonenumber's MOBILE type; a UK number that the library cannot type
     * (FIXED_LINE_OR_MOBILE or UNKNOWN, which includes the drama range 07700 900xxx) counts as mobile when it starts
     * "+447", except personal numbers (+4470) and pagers (+4476), which Ofcom keeps apart from mobiles.
     *
     * @param raw one cell, may be {@code null}
     * @return the numbers found, possibly empty, never {@code null}
     */
    public static List<Phone> parseAll(String raw) {
        if (raw == null) {
            return List.of();
        }
        Map<String, Phone> found = new LinkedHashMap<>();
        for (String piece : SEPARATORS.split(raw)) {
            for (Phone phone : parsePiece(piece)) {
                found.putIfAbsent(phone.e164(), phone);
            }
        }
        return List.copyOf(found.values());
    }

    private static List<Phone> parsePiece(String piece) {
        List<Phone> phones = new ArrayList<>();
        if (piece.chars().noneMatch(Character::isDigit)) {
            return phones;
        }
        for (PhoneNumberMatch match : UTIL.findNumbers(piece, DEFAULT_REGION, PhoneNumberUtil.Leniency.POSSIBLE,
                MAX_TRIES_PER_PIECE)) {
            PhoneNumber number = match.number();
            if (isKept(number)) {
                phones.add(toPhone(number));
            }
        }
        return phones;
    }

    private static boolean isKept(PhoneNumber number) {
        if (UTIL.isValidNumber(number)) {
            return true;
        }
        // isPossibleNumber only checks lengths (9 or 10 digits for GB); requiring the usual 10 keeps typos out.
        return number.getCountryCode() == UK_COUNTRY_CODE
                && UTIL.getNationalSignificantNumber(number).length() == UK_NATIONAL_LENGTH
                && UTIL.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
    }

    private static Phone toPhone(PhoneNumber number) {
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        PhoneNumberType type = UTIL.getNumberType(number);
        boolean mobile = type == PhoneNumberType.MOBILE
                || (isUntyped(type) && e164.startsWith("+447") && !e164.startsWith("+4470")
                        && !e164.startsWith("+4476"));
        return new Phone(e164, mobile);
    }

    private static boolean isUntyped(PhoneNumberType type) {
        return type == PhoneNumberType.FIXED_LINE_OR_MOBILE || type == PhoneNumberType.UNKNOWN;
    }
}
