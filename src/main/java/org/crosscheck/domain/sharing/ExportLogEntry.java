package org.crosscheck.domain.sharing;

import java.time.LocalDateTime;

/**
 * One export or print, as the audit log keeps it: who, when, for whom, what kind of output, the file, how many
 * businesses it covered and how many agency records had their detail withheld. {@code id} is 0 before saving.
 */
public record ExportLogEntry(long id, LocalDateTime at, String user, String recipientKey, String what, String fileName,
                             int businesses, int withheld, String detail) {
}
