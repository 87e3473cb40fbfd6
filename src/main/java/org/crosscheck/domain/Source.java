package org.crosscheck.domain;

import java.time.LocalDateTime;

/** One agency's dataset in the workspace, with the column mapping and risk scale confirmed for it. */
public record Source(int id, String name, AgencyKind kind, ColumnMapping mapping, RiskScale riskScale,
                     LocalDateTime createdAt) {
}
