package org.crosscheck.insight;

import static org.crosscheck.domain.AgencyKind.BUSINESS_RATES;
import static org.crosscheck.domain.AgencyKind.FIRE;
import static org.crosscheck.domain.AgencyKind.FOOD_HYGIENE;
import static org.crosscheck.domain.AgencyKind.HMRC;
import static org.crosscheck.domain.AgencyKind.IMMIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.domain.RiskBand;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {

    @Test
    void aRegisterEntryIsKnowledgeNotInterest() {
        BusinessProfile p = ProfileBuilder.build(List.of(
                Records.plain(7, FOOD_HYGIENE, "Chicken Shop"),
                Records.plain(7, BUSINESS_RATES, "The Chicken Shop Ltd"))).get(0);

        assertEquals(Set.of(FOOD_HYGIENE, BUSINESS_RATES), p.agencies());
        assertEquals(0, p.interestCount());
    }

    @Test
    void aFlagADateOrAMediumRiskIsAnInterestButANoIsNot() {
        BusinessProfile p = ProfileBuilder.build(List.of(
                Records.flagged(1, IMMIGRATION, "A", "Yes"),
                Records.flagged(1, HMRC, "A", "N"),
                Records.risk(1, FIRE, "A", RiskBand.MEDIUM),
                Records.risk(1, FOOD_HYGIENE, "A", RiskBand.LOW))).get(0);

        assertEquals(Set.of(IMMIGRATION, FIRE), p.interestAgencies());
    }

    @Test
    void combinedRiskIsTheHighestBandAndTheScoreAddsAgencies() {
        BusinessProfile p = ProfileBuilder.build(List.of(
                Records.risk(1, FIRE, "A", RiskBand.MEDIUM),
                Records.risk(1, FIRE, "A", RiskBand.LOW),
                Records.risk(1, FOOD_HYGIENE, "A", RiskBand.MEDIUM))).get(0);

        assertEquals(RiskBand.MEDIUM, p.combinedRisk());
        assertEquals(4, p.riskScore(), "each agency counts its own highest band once: medium 2 + medium 2");
    }

    @Test
    void recordsOfOneEntityBecomeOneProfileWithEveryOtherNameAsAnAlias() {
        List<BusinessProfile> profiles = ProfileBuilder.build(List.of(
                Records.plain(2, BUSINESS_RATES, "Patel Trading Limited"),
                Records.plain(1, FOOD_HYGIENE, "Kebab King"),
                Records.plain(2, FOOD_HYGIENE, "Spice Corner"),
                Records.plain(2, FIRE, "SPICE CORNER")));

        assertEquals(2, profiles.size());
        BusinessProfile two = profiles.get(1);
        assertEquals("Spice Corner", two.name(), "a premises agency's name is the one on the shop front");
        assertEquals(Set.of("Patel Trading Limited"), two.aliases(), "same name in another case is not an alias");
    }

    @Test
    void lastVisitIsTheLatestAnyAgencyRecords() {
        BusinessProfile p = ProfileBuilder.build(List.of(
                Records.visited(1, FIRE, "A", LocalDate.of(2026, 3, 1)),
                Records.visited(1, FIRE, "A", LocalDate.of(2026, 9, 1)),
                Records.visited(1, FOOD_HYGIENE, "A", LocalDate.of(2026, 5, 1)))).get(0);

        assertEquals(LocalDate.of(2026, 9, 1), p.lastVisit());
        assertEquals(LocalDate.of(2026, 9, 1), p.lastVisits().get(FIRE));
    }

    @Test
    void districtIsTheOutwardCodeWithOrWithoutASpace() {
        assertEquals("UB1", ProfileBuilder.district("UB1 3AB"));
        assertEquals("BK10", ProfileBuilder.district("bk105gl"));
        assertNull(ProfileBuilder.district(" "));
    }

    @Test
    void rankingPutsSeveralAgenciesConcernsAboveOneAgencysHighRisk() {
        BusinessProfile one = ProfileBuilder.build(List.of(Records.risk(1, FIRE, "One", RiskBand.HIGH))).get(0);
        BusinessProfile two = ProfileBuilder.build(List.of(Records.risk(2, FIRE, "Two", RiskBand.MEDIUM),
                Records.flagged(2, IMMIGRATION, "Two", "Y"))).get(0);

        List<BusinessProfile> ranked = new java.util.ArrayList<>(List.of(one, two));
        ranked.sort(BusinessRanking.PRIORITY);

        assertEquals(List.of(2L, 1L), ranked.stream().map(BusinessProfile::entityId).toList());
    }

    @Test
    void filterFindsFoodBusinessesUnknownToBusinessRates() {
        List<BusinessProfile> profiles = ProfileBuilder.build(List.of(
                Records.plain(1, FOOD_HYGIENE, "Registered and rated"),
                Records.plain(1, BUSINESS_RATES, "Registered and rated"),
                Records.plain(2, FOOD_HYGIENE, "Food only"),
                Records.plain(3, BUSINESS_RATES, "Rates only")));
        PictureFilter hidden = new PictureFilter(0, 0, null, null, null, Set.of(FOOD_HYGIENE), Set.of(BUSINESS_RATES),
                null);

        assertEquals(List.of(2L), profiles.stream().filter(hidden).map(BusinessProfile::entityId).toList());
        assertTrue(PictureFilter.ALL.test(profiles.get(0)));
        assertFalse(PictureFilter.ALL.withMinAgencies(2).test(profiles.get(1)));
    }

    @Test
    void aWardGivenByAnyAgencyFileIsTheBusinessesWardAndFiltersIt() {
        var rates = Records.plain(1, BUSINESS_RATES, "Shop");
        var withWard = new org.crosscheck.domain.picture.ProfileRecord(1, rates.recordId(), rates.sourceName(),
                BUSINESS_RATES, "Shop", null, null, rates.address(), rates.postcode(), null, "Northgate", null, null,
                RiskBand.UNKNOWN, null, null, null, null, null);
        List<BusinessProfile> profiles = ProfileBuilder.build(List.of(Records.plain(1, FOOD_HYGIENE, "Shop"), withWard,
                Records.plain(2, FOOD_HYGIENE, "Other")));
        PictureFilter northgate = new PictureFilter(0, 0, null, "northgate", null, Set.of(), Set.of(), null);

        assertEquals("Northgate", profiles.get(0).ward());
        assertEquals(List.of(1L), profiles.stream().filter(northgate).map(BusinessProfile::entityId).toList());
    }
}
