package org.crosscheck.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.export.chart.ChartData;
import org.crosscheck.export.pack.PackItem;
import org.crosscheck.export.pack.TaskingPack;
import org.crosscheck.export.sharing.SharingPolicy;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.OverlapMatrix;
import org.crosscheck.insight.PictureSummary;

/** A small hand-made pack: one business known to food hygiene and HMRC, with hostile text in its fields. */
public final class PackFixtures {
    public static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"Click me\")";
    public static final String HMRC_SECRET = "VAT return 2025 under-declared by £48,000";
    public static final LocalDate VISIT_DAY = LocalDate.of(2026, 11, 24);

    private PackFixtures() {
    }

    public static List<SharingRule> rules() {
        return List.of(SharingRule.defaultFor(1, "Food register", AgencyKind.FOOD_HYGIENE),
                SharingRule.defaultFor(2, "HMRC VAT", AgencyKind.HMRC));
    }

    public static BusinessProfile profile() {
        ProfileRecord food = new ProfileRecord(7, 1, "Food register", AgencyKind.FOOD_HYGIENE, HOSTILE_NAME, null,
                null, "1 High St", "BK1 1AA", "Takeaway", null, "01234 567890", "@admin", RiskBand.MEDIUM, "2", "Y",
                LocalDate.of(2026, 3, 1), "-5 points for pests", LocalDate.of(2026, 3, 1));
        ProfileRecord hmrc = new ProfileRecord(7, 2, "HMRC VAT", AgencyKind.HMRC, "Sunrise Trading Ltd",
                "Sunrise Secret Alias", null, "1 High St", "BK1 1AA", null, null, "07700 900999", "Mr Hidden",
                RiskBand.HIGH, "A", "Y", LocalDate.of(2026, 5, 1), HMRC_SECRET, null);
        return new BusinessProfile(7, HOSTILE_NAME, Set.of("Sunrise Secret Alias"), "1 High St", "BK1 1AA", "BK1",
                null, Set.of("Takeaway"), EnumSet.of(AgencyKind.FOOD_HYGIENE, AgencyKind.HMRC),
                EnumSet.of(AgencyKind.FOOD_HYGIENE, AgencyKind.HMRC), RiskBand.HIGH, 5, Map.of(), List.of(food, hmrc));
    }

    public static TaskingPack pack(Recipient recipient) {
        BusinessProfile p = profile();
        SharingPolicy policy = new SharingPolicy(recipient, rules());
        Visit visit = new Visit(3, 7, p.name(), p.postcode(), 1, AgencyKind.FOOD_HYGIENE, VISIT_DAY, 2,
                VisitPurpose.ENFORCEMENT, VisitStatus.AGREED, "+44 call first",
                List.of(new Attendance(AgencyKind.FOOD_HYGIENE, "holds medium risk")), "analyst",
                LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 20, 9, 0));
        PackItem item = new PackItem(visit, policy.view(p), List.of(new PackItem.Attending("Food hygiene",
                "holds medium risk", true, "May enter food premises.", "Notices")), "Food hygiene", "agreed",
                List.of(), List.of(), List.of(), List.of());
        PictureSummary summary = new PictureSummary(2, 1, List.of(0, 0, 1, 0, 0), 1, 1, 0, 100);
        ChartData charts = new ChartData(summary.knownByCount(), OverlapMatrix.of(List.of(p)),
                Map.of("BK1", Map.of(RiskBand.MEDIUM, 1)), Map.of(), null);
        return new TaskingPack(recipient, LocalDateTime.of(2026, 11, 21, 10, 30), "Test Analyst", "week of 2026-11-23",
                summary, charts, List.of(item), List.of(), List.of(visit), List.of(), List.of());
    }
}
