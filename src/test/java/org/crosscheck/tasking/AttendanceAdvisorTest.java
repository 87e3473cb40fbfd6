package org.crosscheck.tasking;

import static org.crosscheck.domain.AgencyKind.BUSINESS_RATES;
import static org.crosscheck.domain.AgencyKind.FIRE;
import static org.crosscheck.domain.AgencyKind.FOOD_HYGIENE;
import static org.crosscheck.domain.AgencyKind.HMRC;
import static org.crosscheck.domain.AgencyKind.HOUSING;
import static org.crosscheck.domain.AgencyKind.IMMIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.ProfileBuilder;
import org.crosscheck.insight.Records;
import org.junit.jupiter.api.Test;

class AttendanceAdvisorTest {
    private final AttendanceAdvisor advisor = new AttendanceAdvisor(List.of(
            power(FOOD_HYGIENE, true), power(FIRE, true), power(HOUSING, true), power(IMMIGRATION, false),
            power(HMRC, false), power(BUSINESS_RATES, false)));

    @Test
    void agenciesWithAConcernAttendAndTheLeadIsOneThatCanGetIn() {
        BusinessProfile shop = profile(
                Records.flagged(1, IMMIGRATION, "Shop", "Yes"),
                Records.risk(1, FIRE, "Shop", RiskBand.MEDIUM),
                Records.plain(1, FOOD_HYGIENE, "Shop"));

        AttendancePlan plan = advisor.advise(shop, VisitPurpose.ENFORCEMENT);

        assertEquals(List.of(IMMIGRATION, FIRE), plan.agencies().stream().map(AgencySuggestion::agency).toList());
        assertEquals(FIRE, plan.lead(), plan.leadReason());
        assertTrue(plan.agencies().get(0).reasonText().contains("non-compliance recorded (Yes)"));
    }

    @Test
    void whenNobodyWithAConcernCanEnterAnAgencyThatCanIsAddedToOpenTheDoor() {
        BusinessProfile house = profile(
                Records.flagged(1, IMMIGRATION, "House", "Yes"),
                Records.risk(1, HMRC, "House", RiskBand.HIGH),
                Records.plain(1, HOUSING, "House"));

        AttendancePlan plan = advisor.advise(house, VisitPurpose.ENFORCEMENT);

        AgencySuggestion housing = plan.agencies().stream().filter(s -> s.agency() == HOUSING).findFirst()
                .orElseThrow();
        assertTrue(housing.reasonText().contains("can enter without a warrant"), housing.reasonText());
        assertEquals(HOUSING, plan.lead());
    }

    @Test
    void withNoWayInTheMeetingIsWarnedToGetAWarrant() {
        BusinessProfile unit = profile(Records.flagged(1, IMMIGRATION, "Unit", "Yes"),
                Records.risk(1, HMRC, "Unit", RiskBand.HIGH));

        AttendancePlan plan = advisor.advise(unit, VisitPurpose.ENFORCEMENT);

        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("warrant")), plan.warnings().toString());
        assertFalse(plan.agencies().stream().anyMatch(AgencySuggestion::entryWithoutWarrant));
    }

    @Test
    void ratesConcernsAreToldToTheMeetingButRatesDoNotVisit() {
        BusinessProfile shop = profile(Records.flagged(1, BUSINESS_RATES, "Shop", "Y"),
                Records.risk(1, FOOD_HYGIENE, "Shop", RiskBand.HIGH));

        AttendancePlan plan = advisor.advise(shop, VisitPurpose.ENFORCEMENT);

        assertEquals(List.of(FOOD_HYGIENE), plan.agencies().stream().map(AgencySuggestion::agency).toList());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("non-compliance recorded")),
                plan.warnings().toString());
    }

    private static BusinessProfile profile(org.crosscheck.domain.picture.ProfileRecord... records) {
        return ProfileBuilder.build(List.of(records)).get(0);
    }

    private static AgencyPower power(AgencyKind agency, boolean entry) {
        return new AgencyPower(agency, entry, entry ? "may enter" : "needs a warrant", "sanctions of " + agency,
                "things");
    }
}
