package org.crosscheck.ingest;

import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.ingest.mapping.ColumnSuggestion;
import org.crosscheck.ingest.read.RawRow;

/**
 * What the import wizard shows before anything is written: the file's sheets, the top rows of the chosen sheet,
 * the detected header, sample data rows, the suggested mapping (and the saved one, if the source has one),
 * and the risk values found with a starting scale.
 *
 * @param topRows    the first rows of the sheet as they are, title rows included
 * @param sampleRows data rows below the header (up to {@link ImportService#SAMPLE_ROWS})
 * @param mapping    the mapping that would be used: the saved one for a known source, else the suggestion
 */
public record SheetPreview(String fileName, List<String> sheets, String sheet, List<RawRow> topRows,
                           HeaderRow header, List<RawRow> sampleRows, List<ColumnSuggestion> suggestions,
                           ColumnMapping mapping, MappingOrigin mappingOrigin, AgencyKind kind,
                           List<String> riskValues, RiskScale riskScale) {
}
