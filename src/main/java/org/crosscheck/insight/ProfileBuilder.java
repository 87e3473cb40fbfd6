package org.crosscheck.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;

/** Groups linked records into business profiles. Pure: the same records always give the same profiles. */
public final class ProfileBuilder {
    private ProfileBuilder() {
    }

    /** Profiles of every entity among {@code records}, in entity id order. */
    public static List<BusinessProfile> build(List<ProfileRecord> records) {
        Map<Long, List<ProfileRecord>> byEntity = new LinkedHashMap<>();
        records.stream().sorted(Comparator.comparingLong(ProfileRecord::entityId)
                        .thenComparingLong(ProfileRecord::recordId))
                .forEach(r -> byEntity.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r));
        List<BusinessProfile> out = new ArrayList<>(byEntity.size());
        byEntity.forEach((id, members) -> out.add(profile(id, members)));
        return out;
    }

    static BusinessProfile profile(long entityId, List<ProfileRecord> members) {
        Set<AgencyKind> agencies = EnumSet.noneOf(AgencyKind.class);
        Map<AgencyKind, RiskBand> bandByAgency = new EnumMap<>(AgencyKind.class);
        Set<AgencyKind> interest = EnumSet.noneOf(AgencyKind.class);
        Map<AgencyKind, LocalDate> lastVisits = new EnumMap<>(AgencyKind.class);
        Set<String> names = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (ProfileRecord r : members) {
            agencies.add(r.agency());
            if (InterestRule.signalsInterest(r)) {
                interest.add(r.agency());
            }
            bandByAgency.merge(r.agency(), r.riskBand() == null ? RiskBand.UNKNOWN : r.riskBand(),
                    RiskBand::higher);
            if (r.lastVisitDate() != null) {
                lastVisits.merge(r.agency(), r.lastVisitDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
            addName(names, r.name());
            addName(names, r.tradingName());
            addName(names, r.legalName());
            if (r.businessType() != null && !r.businessType().isBlank()) {
                types.add(r.businessType().trim());
            }
        }
        RiskBand combined = bandByAgency.values().stream().reduce(RiskBand.UNKNOWN, RiskBand::higher);
        int score = bandByAgency.values().stream().mapToInt(ProfileBuilder::points).sum();
        ProfileRecord display = displayRecord(members);
        String name = display.name() != null ? display.name() : names.stream().findFirst().orElse("(no name)");
        Set<String> aliases = new LinkedHashSet<>(names);
        aliases.removeIf(n -> n.equalsIgnoreCase(name));
        String postcode = members.stream().map(ProfileRecord::postcode).filter(p -> p != null && !p.isBlank())
                .findFirst().map(ProfileBuilder::tidyPostcode).orElse(null);
        String ward = members.stream().map(ProfileRecord::ward).filter(w -> w != null && !w.isBlank())
                .map(String::trim).findFirst().orElse(null);
        return new BusinessProfile(entityId, name, aliases, display.address(), postcode, district(postcode), ward, types,
                agencies, interest, combined, score, lastVisits, members);
    }

    /**
     * The record whose name and address stand for the business: one from an agency that inspects premises (their
     * names are the trading names people see on the shop front), else the first.
     */
    private static ProfileRecord displayRecord(List<ProfileRecord> members) {
        return members.stream().filter(r -> r.name() != null && r.address() != null)
                .min(Comparator.comparingInt(r -> displayRank(r.agency())))
                .orElse(members.get(0));
    }

    private static int displayRank(AgencyKind agency) {
        return switch (agency) {
            case FOOD_HYGIENE, LICENSING, POLICE, FIRE, TRADING_STANDARDS -> 0;
            case COMPANIES_HOUSE -> 2;
            default -> 1;
        };
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank() && names.stream().noneMatch(n -> n.equalsIgnoreCase(name.trim()))) {
            names.add(name.trim());
        }
    }

    /** A postcode in its written form: upper case, one space before the last three characters ("bk15jh" → "BK1 5JH"). */
    public static String tidyPostcode(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3) : compact;
    }

    /** The outward part of a postcode ("BK1 2JL" → "BK1"); null when there is no postcode. */
    public static String district(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : compact;
    }

    static int points(RiskBand band) {
        return switch (band) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
            default -> 0;
        };
    }
}
