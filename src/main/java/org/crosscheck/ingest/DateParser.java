package org.crosscheck.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates agencies write: ISO ({@code 2024-03-12}, with or without a time), UK day-first text
 * ({@code 12/03/2024}, {@code 12-03-24}, {@code 12.3.2024}), month names ({@code 12 Mar 2024}) and Excel serial
 * numbers (days since 1899-12-30, as a CSV export of a date column holds them). Never American month-first.
 */
public final class DateParser {
    private static final Pattern SERIAL = Pattern.compile("^\\d{4,5}(\\.\\d+)?$");
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<DateTimeFormatter> FORMATS = List.of(
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("d.M.uuuu"),
            twoDigitYear("d/M/"), twoDigitYear("d-M-"), twoDigitYear("d.M."),
            pattern("d MMM uuuu"), pattern("d MMMM uuuu"), pattern("d-MMM-uuuu"), pattern("d MMM uu"),
            pattern("d-MMM-uu"), pattern("MMM d, uuuu"), pattern("MMMM d, uuuu"), pattern("uuuu/M/d"));

    private DateParser() {
    }

    /** The date the text holds, or null when it holds none we recognise. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
            try {
                return s.length() == 10 ? LocalDate.parse(s) : LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (SERIAL.matcher(s).matches()) {
            double serial = Double.parseDouble(s);
            // 1 Jan 1950 .. 31 Dec 2099: outside this a 4-5 digit number is not a plausible visit date
            return serial >= 18264 && serial <= 73415 ? EXCEL_EPOCH.plusDays((long) serial) : null;
        }
        String cleaned = SPACES.matcher(ORDINAL.matcher(s).replaceAll("")).replaceAll(" ");
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(cleaned, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String dayMonth) {
        // "12/03/24" is 2024, "12/03/87" is 1987: a sliding window anchored at 1950
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dayMonth)
                .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 1950).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
