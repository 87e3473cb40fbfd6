package org.crosscheck.export;

import java.time.LocalDate;
import java.util.Locale;

/** Safe file names for exports: letters, digits, dot, hyphen and underscore only, never a path. */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** {@code name} with every character that is not safe in a file name on Windows, macOS or Linux replaced. */
    public static String safeName(String name) {
        String s = name == null ? "" : name.trim();
        s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.isEmpty()) {
            s = "export";
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    /** E.g. {@code tasking-pack-for-hmrc-2026-11-23.xlsx}. */
    public static String suggestedName(String what, String recipientKey, LocalDate day, String extension) {
        return safeName(what + "-for-" + recipientKey.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + day) + "."
                + extension;
    }
}
