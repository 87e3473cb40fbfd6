package org.crosscheck.tasking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.InterestRule;

/**
 * Proposes which agencies should attend a visit and who should lead, from which agencies record an interest in the
 * business and from the table of agency powers. Every proposal carries its reasons, because the meeting decides:
 * the advisor only saves it working them out.
 *
 * <p>The rules follow what the evaluation's partnerships learnt: agencies with a concern attend; someone must be
 * able to get in (food, fire, HMO licensing may enter without a warrant, immigration enforcement and HMRC may
 * not); and the lead is an agency that can get in, with the most serious concern.
 */
public final class AttendanceAdvisor {
    /** Agencies that commonly open the door for partners, in order of preference. */
    private static final List<AgencyKind> DOOR_OPENERS = List.of(AgencyKind.HOUSING, AgencyKind.FOOD_HYGIENE,
            AgencyKind.FIRE, AgencyKind.LICENSING, AgencyKind.TRADING_STANDARDS, AgencyKind.POLICE);
    /** Agencies that hold records but never visit. */
    private static final Set<AgencyKind> NON_VISITING = Set.of(AgencyKind.COMPANIES_HOUSE, AgencyKind.BUSINESS_RATES);

    private final Map<AgencyKind, AgencyPower> powers = new EnumMap<>(AgencyKind.class);

    public AttendanceAdvisor(List<AgencyPower> powers) {
        powers.forEach(p -> this.powers.put(p.agency(), p));
    }

    public AttendancePlan advise(BusinessProfile business, VisitPurpose purpose) {
        Map<AgencyKind, List<String>> reasons = new LinkedHashMap<>();
        for (ProfileRecord r : business.records()) {
            String why = InterestRule.reason(r);
            if (why != null && !NON_VISITING.contains(r.agency())) {
                List<String> list = reasons.computeIfAbsent(r.agency(), k -> new ArrayList<>());
                String line = "holds " + why + " (" + r.sourceName() + ")";
                if (!list.contains(line)) {
                    list.add(line);
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (reasons.isEmpty()) {
            // no agency records a concern: a supporting visit by those who know the business
            business.agencies().stream().filter(a -> !NON_VISITING.contains(a))
                    .forEach(a -> reasons.put(a, new ArrayList<>(List.of("holds a record; no concern recorded"))));
            if (purpose == VisitPurpose.ENFORCEMENT) {
                warnings.add("No agency records a concern about this business; consider a supporting visit.");
            }
        }
        interestsOfNonVisiting(business).forEach(w -> warnings.add(w));
        if (reasons.keySet().stream().noneMatch(this::canEnter)) {
            AgencyKind opener = doorOpener(business);
            if (opener != null) {
                reasons.computeIfAbsent(opener, k -> new ArrayList<>()).add("can enter without a warrant ("
                        + power(opener).entryNote() + "); partners may attend under its entry");
            } else if (!reasons.isEmpty()) {
                warnings.add("No attending agency can enter without a warrant: obtain a warrant or the occupier's "
                        + "consent before the visit.");
            }
        }
        List<AgencySuggestion> suggestions = new ArrayList<>();
        reasons.forEach((agency, why) -> {
            List<String> all = new ArrayList<>(why);
            AgencyPower p = power(agency);
            if (!p.sanctions().isBlank()) {
                all.add("can apply: " + p.sanctions());
            }
            suggestions.add(new AgencySuggestion(agency, canEnter(agency), all));
        });
        if (suggestions.isEmpty()) {
            return new AttendancePlan(List.of(), null, "No agency that visits premises knows this business.",
                    warnings);
        }
        Map<AgencyKind, RiskBand> band = bandByAgency(business);
        AgencySuggestion lead = suggestions.stream().max(Comparator
                        .comparing((AgencySuggestion s) -> s.entryWithoutWarrant())
                        .thenComparingInt(s -> band.getOrDefault(s.agency(), RiskBand.UNKNOWN).severity())
                        .thenComparingInt(s -> s.reasons().size())
                        .thenComparing(s -> -s.agency().ordinal()))
                .orElseThrow();
        String leadReason = (lead.entryWithoutWarrant() ? "can enter without a warrant" : "cannot enter without a "
                + "warrant or consent") + "; " + band.getOrDefault(lead.agency(), RiskBand.UNKNOWN).name()
                .toLowerCase(java.util.Locale.ROOT) + " risk on its own records";
        for (AgencySuggestion s : suggestions) {
            if (!s.entryWithoutWarrant() && s.agency() == AgencyKind.IMMIGRATION && !lead.entryWithoutWarrant()) {
                warnings.add("Immigration enforcement needs a warrant or the occupier's consent.");
            }
        }
        return new AttendancePlan(suggestions, lead.agency(), leadReason, warnings);
    }

    /** Concerns held by agencies that do not visit (rates, Companies House) are worth telling the meeting. */
    private static List<String> interestsOfNonVisiting(BusinessProfile business) {
        List<String> out = new ArrayList<>();
        for (ProfileRecord r : business.records()) {
            String why = InterestRule.reason(r);
            if (why != null && NON_VISITING.contains(r.agency())) {
                String line = r.sourceName() + " " + why + ".";
                if (!out.contains(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private AgencyKind doorOpener(BusinessProfile business) {
        return DOOR_OPENERS.stream().filter(business.agencies()::contains).filter(this::canEnter).findFirst()
                .orElse(null);
    }

    private boolean canEnter(AgencyKind agency) {
        return power(agency).entryWithoutWarrant();
    }

    private AgencyPower power(AgencyKind agency) {
        return powers.getOrDefault(agency, new AgencyPower(agency, false, "Powers not recorded.", "", ""));
    }

    private static Map<AgencyKind, RiskBand> bandByAgency(BusinessProfile business) {
        Map<AgencyKind, RiskBand> out = new EnumMap<>(AgencyKind.class);
        for (ProfileRecord r : business.records()) {
            RiskBand b = r.riskBand() == null ? RiskBand.UNKNOWN : r.riskBand();
            out.merge(r.agency(), b, RiskBand::higher);
        }
        return out;
    }
}
