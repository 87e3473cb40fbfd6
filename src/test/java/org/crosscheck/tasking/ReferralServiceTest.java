package org.crosscheck.tasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Referrals need no linked data: a new address can be referred before any agency holds it. */
class ReferralServiceTest {
    @TempDir
    Path dir;

    @Test
    void theEvaluationsGoldenIndicatorsAreThereToTick() {
        try (Workspace ws = Workspace.open(dir)) {
            List<GoldenIndicator> indicators = service(ws).indicators();
            assertEquals(16, indicators.size());
            assertTrue(indicators.stream().anyMatch(i -> i.agency() == AgencyKind.HMRC
                    && i.text().startsWith("Two tills")));
        }
    }

    @Test
    void aReferralAboutANewAddressWaitsForFeedbackUntilTheTargetAgencyAnswers() {
        long id;
        try (Workspace ws = Workspace.open(dir)) {
            ReferralService referrals = service(ws);
            int tills = referrals.indicators().stream().filter(i -> i.text().startsWith("Two tills")).findFirst()
                    .orElseThrow().id();
            id = referrals.add(new NewReferral(null, "Corner shop, 3 Mill Lane, BK2 4XY", "PC Ahmed",
                    AgencyKind.POLICE, AgencyKind.HMRC, LocalDate.now(), "Cash only, second till under the counter",
                    List.of(tills)), "analyst");
            assertEquals(List.of(id), referrals.awaitingFeedback().stream().map(Referral::id).toList());
            assertEquals(1, referrals.list(AgencyKind.HMRC).size());
            assertEquals(0, referrals.list(AgencyKind.FIRE).size());
        }
        try (Workspace ws = Workspace.open(dir)) {
            ReferralService referrals = service(ws);
            referrals.feedback(id, FeedbackVerdict.ACTED_ON, "VAT visit booked", "HMRC officer");

            Referral r = referrals.list(null).get(0);
            assertEquals(FeedbackVerdict.ACTED_ON, r.latestFeedback().verdict());
            assertEquals("Two tills (only one for legitimate business)", r.indicators().get(0).text());
            assertNull(r.entityId());
            assertEquals(List.of(), referrals.awaitingFeedback());
        }
    }

    @Test
    void badReferralsAreRefusedWithAPlainMessageAndNothingIsWritten() {
        try (Workspace ws = Workspace.open(dir)) {
            ReferralService referrals = service(ws);
            assertThrows(WorkbenchException.class, () -> new NewReferral(null, " ", "PC Ahmed", AgencyKind.POLICE,
                    AgencyKind.HMRC, LocalDate.now(), "seen", List.of()));
            assertThrows(WorkbenchException.class, () -> new NewReferral(null, "3 Mill Lane", "PC Ahmed",
                    AgencyKind.POLICE, AgencyKind.HMRC, LocalDate.now().plusDays(5), "seen", List.of()));
            WorkbenchException unknown = assertThrows(WorkbenchException.class, () -> referrals.add(
                    new NewReferral(null, "3 Mill Lane", "PC Ahmed", AgencyKind.POLICE, AgencyKind.HMRC,
                            LocalDate.now(), null, List.of(999)), "analyst"));
            assertTrue(unknown.getMessage().contains("999"), unknown.getMessage());
            assertThrows(WorkbenchException.class, () -> referrals.feedback(42, FeedbackVerdict.USEFUL, null, "x"));
            assertEquals(List.of(), referrals.list(null));
        }
    }

    private static ReferralService service(Workspace ws) {
        return new ReferralService(ws, new PictureService(ws), Clock.systemDefaultZone());
    }
}
