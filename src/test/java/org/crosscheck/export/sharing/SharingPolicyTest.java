package org.crosscheck.export.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.export.PackFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SharingPolicyTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        # source agency, recipient,           level
        HMRC,            FIRE,                HELD_ONLY
        HMRC,            PARTNERSHIP_MEETING, HELD_ONLY
        HMRC,            HMRC,                FULL
        FIRE,            HMRC,                FULL
        FOOD_HYGIENE,    PARTNERSHIP_MEETING, FULL
        """)
    void defaultRulesWithholdHmrcDetailFromEveryoneButHmrc(AgencyKind source, String recipient, SharingLevel level) {
        assertEquals(level, SharingRule.defaultFor(1, "S", source).levelFor(Recipient.parse(recipient)));
    }

    @Test
    void aRecipientNamedInFullToSeesAWithheldSourceInFull() {
        SharingRule rule = new SharingRule(1, "HMRC VAT", AgencyKind.HMRC, SharingLevel.HELD_ONLY, Set.of("FIRE"),
                Set.of(), "s.18 disclosure agreed", null, null);

        assertEquals(SharingLevel.FULL, rule.levelFor(Recipient.of(AgencyKind.FIRE)));
        assertEquals(SharingLevel.HELD_ONLY, rule.levelFor(Recipient.of(AgencyKind.POLICE)));
    }

    @Test
    void aRecipientNamedInHeldOnlyIsWithheldFromAnOtherwiseSharedSource() {
        SharingRule rule = new SharingRule(1, "Food", AgencyKind.FOOD_HYGIENE, SharingLevel.FULL, Set.of(),
                Set.of("IMMIGRATION"), "", null, null);

        assertEquals(SharingLevel.HELD_ONLY, rule.levelFor(Recipient.of(AgencyKind.IMMIGRATION)));
        assertEquals(SharingLevel.FULL, rule.levelFor(Recipient.PARTNERSHIP_MEETING));
    }

    @Test
    void theViewForFireKeepsWithheldAliasesRiskAndInterestOut() {
        BusinessView view = new SharingPolicy(Recipient.of(AgencyKind.FIRE), PackFixtures.rules())
                .view(PackFixtures.profile());

        assertEquals(Set.of(AgencyKind.HMRC), view.withheldAgencies());
        assertEquals(1, view.withheldRecords());
        assertEquals(RiskBand.MEDIUM, view.visibleRisk(), "HMRC's HIGH must not show through the combined risk");
        assertFalse(view.aliases().contains("Sunrise Secret Alias"));
        assertEquals(Set.of(AgencyKind.FOOD_HYGIENE), view.visibleInterest());
        assertEquals(List.of("Further information held by HMRC — ask the lead officer"), view.markers());
    }

    @Test
    void theViewForHmrcShowsEverything() {
        BusinessView view = new SharingPolicy(Recipient.of(AgencyKind.HMRC), PackFixtures.rules())
                .view(PackFixtures.profile());

        assertTrue(view.withheldAgencies().isEmpty());
        assertEquals(RiskBand.HIGH, view.visibleRisk());
        assertTrue(view.aliases().contains("Sunrise Secret Alias"));
    }

    @Test
    void aDisplayNameOnlyAWithheldRecordHoldsIsReplacedByAVisibleOne() {
        var p = PackFixtures.profile();
        var hmrcNamed = new org.crosscheck.insight.BusinessProfile(p.entityId(), "Sunrise Trading Ltd", p.aliases(),
                "HMRC's address", p.postcode(), p.district(), p.ward(), p.businessTypes(), p.agencies(), p.interestAgencies(),
                p.combinedRisk(), p.riskScore(), p.lastVisits(), p.records());

        BusinessView fire = new SharingPolicy(Recipient.of(AgencyKind.FIRE), PackFixtures.rules()).view(hmrcNamed);
        BusinessView hmrc = new SharingPolicy(Recipient.of(AgencyKind.HMRC), PackFixtures.rules()).view(hmrcNamed);

        assertEquals(List.of(PackFixtures.HOSTILE_NAME, "1 High St"), List.of(fire.name(), fire.address()));
        assertEquals(List.of("Sunrise Trading Ltd", "HMRC's address"), List.of(hmrc.name(), hmrc.address()));
    }

    @Test
    void aRecordOfASourceWithoutARuleIsWithheld() {
        SharingPolicy policy = new SharingPolicy(Recipient.PARTNERSHIP_MEETING, List.of());

        assertEquals(SharingLevel.HELD_ONLY, policy.levelOf(PackFixtures.profile().records().get(0)));
    }
}
