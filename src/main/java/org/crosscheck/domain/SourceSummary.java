package org.crosscheck.domain;

import java.time.LocalDateTime;

/** A source as the Sources screen lists it: current record count and its latest import (null if none). */
public record SourceSummary(Source source, int currentRecords, int batchCount, LocalDateTime lastImportedAt,
                            String lastFileName) {

    /** True when the latest import is older than {@code staleDays} days before {@code now}. */
    public boolean isStale(LocalDateTime now, int staleDays) {
        return lastImportedAt == null || lastImportedAt.isBefore(now.minusDays(staleDays));
    }
}
