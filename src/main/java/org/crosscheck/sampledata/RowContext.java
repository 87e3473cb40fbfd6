package org.crosscheck.sampledata;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What the column functions of one agency row may draw on: the true business, the row's reference and
 * its own random stream. Values several columns must agree on (the address lines, whether a notice was
 * served) are computed once through {@link #memo}.
 */
final class RowContext {

    /** Dates are relative to this fixed day, never the clock, so output does not change from day to day. */
    static final LocalDate EXTRACT_DATE = LocalDate.of(2024, 10, 1);

    private final Business business;
    private final String ref;
    private final boolean isDuplicate;
    private final Random random;
    private final Map<String, Object> memo = new HashMap<>();

    RowContext(Business business, String ref, boolean isDuplicate, Random random) {
        this.business = business;
        this.ref = ref;
        this.isDuplicate = isDuplicate;
        this.random = random;
    }

    Business business() {
        return business;
    }

    String ref() {
        return ref;
    }

    /** True for the second copy of a business in the same file (a within-source duplicate). */
    boolean isDuplicate() {
        return isDuplicate;
    }

    Random random() {
        return random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SuppressWarnings("unchecked")
    <T> T memo(String key, Supplier<T> supplier) {
        if (!memo.containsKey(key)) {
            memo.put(key, supplier.get());
        }
        return (T) memo.get(key);
    }

    /** The address lines, drawn once so every "Address Line n" column agrees. */
    List<String> lines() {
        return memo("lines", () -> AddressVariants.lines(business.address(), random));
    }

    /** A date within the last {@code days} days before the extract date. */
    LocalDate recentDate(int days) {
        return EXTRACT_DATE.minusDays(1 + random.nextInt(days));
    }

    /** The visit or inspection date of this row, shared by every column that shows it. */
    LocalDate visitDate() {
        return memo("visit", () -> recentDate(4 * 365));
    }

    /** Whether this row records a breach, with the given chance; shared by flag, date and notes columns. */
    boolean isFlagged(int percent) {
        return memo("flagged", () -> chance(percent));
    }

    /** Staff initials, a column that must stay unmapped. */
    String officerInitials() {
        String letters = "ABCDEGHJKLMNPRSTW";
        return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    /** The phone an agency was given: the owner's mobile or the landline, in the agency's habit of writing it. */
    String phone(int missingPercent) {
        String number = chance(50) && business.landline() != null ? business.landline() : business.bestPhone();
        return chance(missingPercent) ? null : PhoneFormats.anyFormat(number, random);
    }
}
