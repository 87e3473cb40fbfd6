package org.crosscheck.domain;

import java.time.LocalDateTime;

/** One past import of a source: the file it came from and what it did to the source's records. */
public record ImportBatchInfo(long id, int sourceId, String fileName, String sheetName, String fileSha256,
                              LocalDateTime importedAt, int headerRow, int rowsRead, int rowsImported,
                              int rowsSkipped, int recordsKept, int recordsNew, int recordsRetired) {
}
