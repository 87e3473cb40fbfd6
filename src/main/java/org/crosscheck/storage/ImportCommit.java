package org.crosscheck.storage;

import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.RiskScale;

/** What an import writes besides its records: the source it goes to, the mapping and scale used, the file read. */
public record ImportCommit(String sourceName, AgencyKind kind, ColumnMapping mapping, RiskScale riskScale,
                           String fileName, String sheetName, String fileSha256, int headerRow) {
}
