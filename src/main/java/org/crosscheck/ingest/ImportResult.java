package org.crosscheck.ingest;

import java.util.List;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;

/** What an import did: the batch written, the mapping it used and where that came from, and the rows skipped. */
public record ImportResult(ImportBatchInfo batch, String sourceName, ColumnMapping mapping, MappingOrigin origin,
                           List<ImportProblem> problems, List<String> warnings) {
}
