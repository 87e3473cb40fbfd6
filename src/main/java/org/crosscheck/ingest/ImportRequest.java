package org.crosscheck.ingest;

import java.nio.file.Path;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.RiskScale;

/**
 * What to import: the file, into which source, and optionally the sheet, header row, mapping and risk scale.
 * Anything left null is worked out: the first sheet with data, the detected header, the source's saved mapping
 * (or a suggested one), the source's saved risk scale (or the defaults for its agency kind).
 */
public record ImportRequest(Path file, String sourceName, AgencyKind kind, String sheet, Integer headerRow,
                            ColumnMapping mapping, RiskScale riskScale) {

    public static ImportRequest of(Path file, String sourceName, AgencyKind kind) {
        return new ImportRequest(file, sourceName, kind, null, null, null, null);
    }

    public ImportRequest withSheet(String s) {
        return new ImportRequest(file, sourceName, kind, s, headerRow, mapping, riskScale);
    }

    public ImportRequest withMapping(ColumnMapping m) {
        return new ImportRequest(file, sourceName, kind, sheet, headerRow, m, riskScale);
    }

    public ImportRequest withRiskScale(RiskScale r) {
        return new ImportRequest(file, sourceName, kind, sheet, headerRow, mapping, r);
    }
}
