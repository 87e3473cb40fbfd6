package org.crosscheck.export.pack;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.export.chart.ChartData;
import org.crosscheck.export.sharing.BusinessView;
import org.crosscheck.export.sharing.SharingPolicy;
import org.crosscheck.export.sharing.SharingService;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.NetworkGraph;
import org.crosscheck.insight.PictureService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.tasking.AgencySuggestion;
import org.crosscheck.tasking.AttendancePlan;
import org.crosscheck.tasking.OutcomeTotals;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;

/**
 * Gathers what a pack or briefing shows and applies the recipient's sharing rules once, here, so that no writer can
 * show withheld detail by mistake.
 */
public final class PackAssembler {
    private final PictureService picture;
    private final TaskingService tasking;
    private final ReferralService referrals;
    private final SharingService sharing;
    private final Clock clock;

    public PackAssembler(PictureService picture, TaskingService tasking, ReferralService referrals,
                         SharingService sharing, Clock clock) {
        this.picture = picture;
        this.tasking = tasking;
        this.referrals = referrals;
        this.sharing = sharing;
        this.clock = clock;
    }

    /**
     * The pack for {@code recipient}. {@code review} is the review progress for its chart, or null.
     *
     * @throws WorkbenchException when the scope holds no business
     */
    public TaskingPack assemble(Recipient recipient, PackScope scope, ReviewProgress review, String user,
                                ProgressSink sink) {
        SharingPolicy policy = sharing.policy(recipient);
        sink.progress(Stage.READING, 0, -1);
        List<BusinessProfile> ranked = picture.ranked();
        if (ranked.isEmpty()) {
            throw new WorkbenchException("There are no linked businesses yet: run the linkage first.");
        }
        Map<Long, BusinessProfile> byId = new HashMap<>();
        ranked.forEach(p -> byId.put(p.entityId(), p));
        List<Visit> allVisits = tasking.visits();
        List<Visit> visits;
        if (scope.entityId() != null) {
            if (!byId.containsKey(scope.entityId())) {
                throw new WorkbenchException("There is no business " + scope.entityId() + " in the last link run.");
            }
            visits = allVisits.stream().filter(v -> v.entityId() == scope.entityId()).toList();
        } else {
            visits = scope.all() ? allVisits : tasking.week(scope.week());
        }
        visits = visits.stream().sorted(Comparator.comparing(Visit::plannedDate,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(Visit::priority)
                .thenComparingLong(Visit::id)).toList();
        if (visits.isEmpty() && scope.entityId() == null) {
            throw new WorkbenchException("The tasking list has no visits for " + scope.describe()
                    + ". Choose another week, or all visits.");
        }
        Map<AgencyKind, AgencyPower> powers = new EnumMap<>(AgencyKind.class);
        tasking.powers().forEach(p -> powers.put(p.agency(), p));
        List<Referral> allReferrals = referrals.list(null);
        List<VisitOutcome> allOutcomes = new ArrayList<>();
        Set<Long> visitIds = new java.util.HashSet<>();
        visits.forEach(v -> visitIds.add(v.id()));
        List<PackItem> items = new ArrayList<>();
        if (scope.entityId() != null && visits.isEmpty()) {
            BusinessProfile p = byId.get(scope.entityId());
            items.add(item(null, p, policy, powers, allReferrals, List.of()));
        }
        Set<Long> seen = new LinkedHashSet<>();
        int done = 0;
        for (Visit v : visits) {
            sink.checkCancelled();
            List<VisitOutcome> outcomes = tasking.outcomes(v.id());
            allOutcomes.addAll(outcomes);
            BusinessProfile p = byId.get(v.entityId());
            if (p != null && (scope.entityId() == null || seen.add(v.entityId()))) {
                items.add(item(v, p, policy, powers, allReferrals, outcomes));
            }
            sink.progress(Stage.READING, ++done, visits.size());
        }
        Set<Long> entities = new java.util.HashSet<>();
        items.forEach(i -> entities.add(i.business().entityId()));
        List<Referral> packReferrals = allReferrals.stream()
                .filter(r -> r.entityId() != null && entities.contains(r.entityId())).toList();
        ChartData charts = chartData(ranked, policy, review);
        return new TaskingPack(recipient, LocalDateTime.now(clock), user, scope.describe(), picture.summary(ranked),
                charts, items, packReferrals, visits, allOutcomes, referrals.indicators());
    }

    /** The chart figures for a recipient, without a tasking list (for charts exported on their own). */
    public ChartData chartData(Recipient recipient, ReviewProgress review) {
        return chartData(picture.ranked(), sharing.policy(recipient), review);
    }

    private ChartData chartData(List<BusinessProfile> ranked, SharingPolicy policy, ReviewProgress review) {
        Map<String, Map<RiskBand, Integer>> byDistrict = new TreeMap<>();
        for (BusinessProfile p : ranked) {
            String district = p.district() == null || p.district().isBlank() ? "(none)" : p.district();
            RiskBand visible = policy.view(p).visibleRisk();
            byDistrict.computeIfAbsent(district, k -> new EnumMap<>(RiskBand.class)).merge(visible, 1, Integer::sum);
        }
        OutcomeTotals totals = tasking.totals(null, null);
        Map<YearMonth, Map<OutcomeKind, Integer>> byMonth = new TreeMap<>();
        totals.byMonth().forEach((month, perAgency) -> {
            Map<OutcomeKind, Integer> sum = new EnumMap<>(OutcomeKind.class);
            perAgency.values().forEach(m -> m.forEach((k, n) -> sum.merge(k, n, Integer::sum)));
            byMonth.put(month, sum);
        });
        return new ChartData(picture.summary(ranked).knownByCount(), picture.overlap(ranked), byDistrict, byMonth,
                review);
    }

    private PackItem item(Visit visit, BusinessProfile p, SharingPolicy policy, Map<AgencyKind, AgencyPower> powers,
                          List<Referral> allReferrals, List<VisitOutcome> outcomes) {
        BusinessView view = policy.view(p);
        Set<AgencyKind> hidden = withheldOnly(view);
        List<PackItem.Attending> attending = new ArrayList<>();
        String leadLabel;
        String leadReason;
        List<String> warnings = new ArrayList<>();
        if (visit != null) {
            for (Attendance a : visit.attending()) {
                attending.add(attending(a.agency(), a.reason(), hidden, powers));
            }
            leadLabel = visit.leadAgency().label();
            leadReason = "lead agency agreed for this visit";
        } else {
            AttendancePlan plan = tasking.advise(p.entityId(), VisitPurpose.ENFORCEMENT);
            for (AgencySuggestion s : plan.agencies()) {
                attending.add(attending(s.agency(), s.reasonText(), hidden, powers));
            }
            leadLabel = plan.lead() == null ? "(none proposed)" : plan.lead().label();
            leadReason = plan.lead() != null && hidden.contains(plan.lead())
                    ? SharingPolicy.marker(plan.lead()) : plan.leadReason();
            for (String w : plan.warnings()) {
                // a warning naming a withheld source's finding is detail too
                boolean names = view.withheldAgencies().stream().anyMatch(a -> p.records().stream()
                        .anyMatch(r -> r.agency() == a && !policy.isVisible(r) && w.startsWith(r.sourceName())));
                if (!names) {
                    warnings.add(w);
                }
            }
        }
        List<Referral> about = allReferrals.stream()
                .filter(r -> r.entityId() != null && r.entityId() == p.entityId()).toList();
        return new PackItem(visit, view, attending, leadLabel, leadReason, warnings, about, outcomes,
                networkLinks(p.entityId(), view));
    }

    /** Agencies all of whose records of this business the recipient may not see. */
    private static Set<AgencyKind> withheldOnly(BusinessView view) {
        Set<AgencyKind> hidden = java.util.EnumSet.noneOf(AgencyKind.class);
        for (AgencyKind a : view.withheldAgencies()) {
            if (view.visibleRecords().stream().noneMatch(r -> r.agency() == a)) {
                hidden.add(a);
            }
        }
        return hidden;
    }

    private static PackItem.Attending attending(AgencyKind agency, String reason, Set<AgencyKind> hidden,
                                                Map<AgencyKind, AgencyPower> powers) {
        AgencyPower power = powers.getOrDefault(agency, new AgencyPower(agency, false, "Powers not recorded.", "", ""));
        // the reason quotes the agency's own findings ("holds high risk rating (HMRC VAT)"): withheld detail
        String why = hidden.contains(agency) ? "holds a record. " + SharingPolicy.marker(agency) : reason;
        return new PackItem.Attending(agency.label(), why == null ? "" : why, power.entryWithoutWarrant(),
                power.entryNote(), power.sanctions());
    }

    /**
     * Businesses linked to this one. The shared value (a phone number, a contact's name) may come from a withheld
     * record, so it is only given when the recipient may see every record of the business.
     */
    private List<String> networkLinks(long entityId, BusinessView view) {
        NetworkGraph g = picture.network(entityId, 1);
        Map<Long, String> names = new HashMap<>();
        g.nodes().forEach(n -> names.put(n.entityId(), n.label()));
        boolean showValues = view.withheldRecords() == 0;
        List<String> out = new ArrayList<>();
        for (NetworkGraph.Edge e : g.edges()) {
            long other = e.from() == entityId ? e.to() : e.from();
            if (e.from() != entityId && e.to() != entityId) {
                continue;
            }
            String kind = e.kind().toLowerCase(java.util.Locale.ROOT).replaceFirst("^shared_", "").replace('_', ' ');
            out.add("Shares a " + kind + (showValues ? " (" + e.value() + ")" : "") + " with "
                    + names.getOrDefault(other, "business " + other) + " [" + other + "]");
        }
        if (g.truncated()) {
            out.add("More linked businesses than shown.");
        }
        return out;
    }
}
