package org.crosscheck.export;

/**
 * Makes cell text safe for spreadsheets: a value from an agency's file that begins with = + - @ or a tab or
 * carriage return would be run as a formula by Excel or LibreOffice (formula injection), so it gets a leading
 * apostrophe, which both programs show as plain text.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
