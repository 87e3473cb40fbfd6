package org.crosscheck.domain.picture;

import java.time.LocalDate;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;

/** What the multi-agency picture needs of one linked agency record. */
public record ProfileRecord(long entityId, long recordId, String sourceName, AgencyKind agency, String name,
                            String tradingName, String legalName, String address, String postcode, String businessType, String ward,
                            String phone, String contactName, RiskBand riskBand, String riskRaw,
                            String nonComplianceFlag, LocalDate nonComplianceDate, String nonComplianceNotes,
                            LocalDate lastVisitDate) {
}
