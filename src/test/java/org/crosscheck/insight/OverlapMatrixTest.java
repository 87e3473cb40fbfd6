package org.crosscheck.insight;

import static org.crosscheck.domain.AgencyKind.FIRE;
import static org.crosscheck.domain.AgencyKind.FOOD_HYGIENE;
import static org.crosscheck.domain.AgencyKind.HMRC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapMatrixTest {

    @Test
    void countsBusinessesEachPairOfAgenciesShareSymmetrically() {
        List<BusinessProfile> profiles = ProfileBuilder.build(List.of(
                Records.plain(1, FOOD_HYGIENE, "A"), Records.plain(1, FIRE, "A"), Records.plain(1, HMRC, "A"),
                Records.plain(2, FOOD_HYGIENE, "B"), Records.plain(2, FIRE, "B"),
                Records.plain(3, FOOD_HYGIENE, "C"), Records.plain(3, FOOD_HYGIENE, "C again")));

        OverlapMatrix m = OverlapMatrix.of(profiles);

        assertEquals(3, m.count(FOOD_HYGIENE, FOOD_HYGIENE), "two food records of one business count once");
        assertEquals(2, m.count(FOOD_HYGIENE, FIRE));
        assertEquals(2, m.count(FIRE, FOOD_HYGIENE));
        assertEquals(1, m.count(HMRC, FIRE));
        assertEquals(2, m.maxShared());
    }

    @Test
    void summaryCountsBusinessesByAgenciesKnowingThemAndWithAnInterest() {
        List<BusinessProfile> profiles = ProfileBuilder.build(List.of(
                Records.flagged(1, FOOD_HYGIENE, "A", "Y"), Records.flagged(1, FIRE, "A", "Y"),
                Records.flagged(1, HMRC, "A", "Y"),
                Records.flagged(2, FOOD_HYGIENE, "B", "Y"), Records.plain(2, FIRE, "B"),
                Records.plain(3, FOOD_HYGIENE, "C")));

        PictureSummary s = PictureSummary.of(profiles, 1234);

        assertEquals(6, s.recordsCompared());
        assertEquals(3, s.businesses());
        assertEquals(2, s.knownToTwo());
        assertEquals(1, s.interestTwo());
        assertEquals(1, s.interestThree());
        assertEquals(List.of(1, 1, 1), s.knownByCount().subList(1, 4));
    }
}
