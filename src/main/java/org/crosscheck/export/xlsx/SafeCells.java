package org.crosscheck.export.xlsx;

/**
 * Agencies' text that a spreadsheet program could read as a formula (it begins with = + - @, a tab or a carriage
 * return) is written with the cell's "quote prefix" set: Excel and LibreOffice then show and keep it as text, even
 * when someone edits the cell (formula injection).
 */
final class SafeCells {
    private SafeCells() {
    }

    static boolean needsQuotePrefix(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
