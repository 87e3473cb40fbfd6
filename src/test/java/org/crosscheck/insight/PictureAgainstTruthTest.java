package org.crosscheck.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.bench.SampleTruth;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.storage.Workspace;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picture drawn from the linked sample partnership against the same picture drawn from its ground truth (the
 * same records grouped by the business the generator made them from). Linkage is not perfect, so the figures are
 * held to tolerances; the counting itself is exact (see {@link OverlapMatrixTest}).
 *
 * <p>The tolerances are where the engine stands (measured 2026-11-26: businesses 2,696 linked vs 2,532 true; known
 * to 2+ agencies 1,339 vs 1,508; interest from 2+ 180 vs 190; from 3+ 28 vs 23). Most of the gap is Companies House
 * and HMRC records the linkage leaves unlinked (pairwise recall 0.885, issue 3), so their rows of the overlap
 * matrix have looser floors. Tighten these as the linkage improves.
 */
class PictureAgainstTruthTest {
    @TempDir
    static Path dir;
    static List<BusinessProfile> linked;
    static List<BusinessProfile> truth;
    static Map<Long, String> truthBusinessOfRecord = new HashMap<>();

    @BeforeAll
    static void drawBothPictures() throws IOException {
        Path ws = LinkedSample.copyTo(dir.resolve("ws"));
        Map<String, String> byLocation = SampleTruth.businessByLocation(LinkedSample.sampleFiles());
        try (Workspace workspace = Workspace.open(ws)) {
            linked = new PictureService(workspace).ranked();
            workspace.linkage().recordLocations().forEach((id, location) -> {
                String business = byLocation.get(location);
                if (business != null) {
                    truthBusinessOfRecord.put(id, business);
                }
            });
        }
        List<ProfileRecord> regrouped = new ArrayList<>();
        for (BusinessProfile p : linked) {
            for (ProfileRecord r : p.records()) {
                long business = Long.parseLong(truthBusinessOfRecord.get(r.recordId()).substring(1));
                regrouped.add(new ProfileRecord(business, r.recordId(), r.sourceName(), r.agency(), r.name(),
                        r.tradingName(), r.legalName(), r.address(), r.postcode(), r.businessType(), r.ward(), r.phone(),
                        r.contactName(), r.riskBand(), r.riskRaw(), r.nonComplianceFlag(), r.nonComplianceDate(),
                        r.nonComplianceNotes(), r.lastVisitDate()));
            }
        }
        truth = ProfileBuilder.build(regrouped);
    }

    @Test
    void everySampleRecordIsInTheLinkedPictureAndHasATrueBusiness() {
        int records = linked.stream().mapToInt(p -> p.records().size()).sum();
        assertEquals(records, truthBusinessOfRecord.size());
        assertEquals(records, truth.stream().mapToInt(p -> p.records().size()).sum());
    }

    @Test
    void multiAgencyCountsAreCloseToTheTruth() {
        PictureSummary ours = PictureSummary.of(linked, 0);
        PictureSummary real = PictureSummary.of(truth, 0);

        assertWithin(real.businesses(), ours.businesses(), 0.08, "businesses");
        assertWithin(real.knownToTwo(), ours.knownToTwo(), 0.13, "known to 2+ agencies");
        assertWithin(real.interestTwo(), ours.interestTwo(), 0.08, "interest from 2+ agencies");
        assertWithin(real.interestThree(), ours.interestThree(), 0.25, "interest from 3+ agencies");
    }

    @Test
    void theOverlapMatrixIsCloseToTheTruth() {
        OverlapMatrix ours = OverlapMatrix.of(linked);
        OverlapMatrix real = OverlapMatrix.of(truth);

        assertEquals(real.agencies(), ours.agencies());
        for (AgencyKind a : real.agencies()) {
            for (AgencyKind b : real.agencies()) {
                int expected = real.count(a, b);
                int actual = ours.count(a, b);
                double tolerance = Math.max(looseness(a), looseness(b));
                assertTrue(Math.abs(actual - expected) <= Math.max(5, tolerance * expected),
                        a + " x " + b + ": linked " + actual + ", truth " + expected);
            }
        }
    }

    @Test
    void theTopOfTheRankingIsReallyMultiAgencyConcern() {
        Map<Long, BusinessProfile> trueById = truth.stream()
                .collect(Collectors.toMap(BusinessProfile::entityId, Function.identity()));
        int top = 30;
        int confirmed = 0;
        for (BusinessProfile p : linked.subList(0, top)) {
            // the true business most of this entity's records come from
            long business = p.records().stream()
                    .collect(Collectors.groupingBy(r -> truthBusinessOfRecord.get(r.recordId()), Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> Long.parseLong(e.getKey()
                            .substring(1))).orElseThrow();
            if (trueById.get(business).interestCount() >= 2) {
                confirmed++;
            }
        }
        assertTrue(confirmed >= 0.9 * top, confirmed + " of the top " + top
                + " are truly businesses with an interest from 2+ agencies");
    }

    /**
     * Companies House and HMRC records are the ones the linkage most often leaves unlinked today. HMRC's worst
     * cell, measured: fire x HMRC 32 linked against 43 true; 15 true businesses holding both are left apart, in the
     * cases we read a fire audit without a trading name and an HMRC record with only a postcode and a legal name:
     * too little evidence to link without review.
     */
    private static double looseness(AgencyKind agency) {
        return switch (agency) {
            case COMPANIES_HOUSE -> 0.45;
            case HMRC -> 0.3;
            default -> 0.15;
        };
    }

    private static void assertWithin(int expected, int actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= Math.max(2, tolerance * expected),
                what + ": linked " + actual + ", truth " + expected);
    }
}
