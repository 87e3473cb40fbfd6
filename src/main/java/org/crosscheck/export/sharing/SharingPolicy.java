package org.crosscheck.export.sharing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.sharing.SharingLevel;
import org.crosscheck.domain.sharing.SharingRule;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.insight.BusinessProfile;

/**
 * The sharing rules applied for one recipient: which records it may see in full, and the marker that stands in for
 * each one it may not. Immutable and thread-safe.
 */
public final class SharingPolicy {
    /** Agencies whose names are those on the shop front (as ProfileBuilder prefers for display). */
    private static final Set<AgencyKind> INSPECTING = EnumSet.of(AgencyKind.FOOD_HYGIENE, AgencyKind.LICENSING,
            AgencyKind.POLICE, AgencyKind.FIRE, AgencyKind.TRADING_STANDARDS);
    private final Recipient recipient;
    private final Map<String, SharingRule> bySource;

    public SharingPolicy(Recipient recipient, List<SharingRule> rules) {
        this.recipient = recipient;
        this.bySource = rules.stream().collect(Collectors.toUnmodifiableMap(SharingRule::sourceName,
                Function.identity(), (a, b) -> a));
    }

    public Recipient recipient() {
        return recipient;
    }

    /**
     * What the recipient may see of a record. A record of a source without a rule (it should not happen: every
     * source has at least its default) is withheld, so an unknown source can never leak.
     */
    public SharingLevel levelOf(ProfileRecord record) {
        SharingRule rule = bySource.get(record.sourceName());
        return rule == null ? SharingLevel.HELD_ONLY : rule.levelFor(recipient);
    }

    public boolean isVisible(ProfileRecord record) {
        return levelOf(record) == SharingLevel.FULL;
    }

    /** The words that stand in for withheld detail. */
    public static String marker(AgencyKind agency) {
        return "Further information held by " + agency.label() + " — ask the lead officer";
    }

    /** The gateway or agreement noted for a source, or "" when none. */
    public String gatewayOf(String sourceName) {
        SharingRule rule = bySource.get(sourceName);
        return rule == null ? "" : rule.gateway();
    }

    /**
     * A business as this recipient may see it: aliases, risk and interest only from records it may see; agencies
     * whose records are withheld listed by name with a marker.
     */
    public BusinessView view(BusinessProfile p) {
        List<ProfileRecord> visible = new ArrayList<>();
        Set<AgencyKind> withheld = EnumSet.noneOf(AgencyKind.class);
        int withheldRecords = 0;
        for (ProfileRecord r : p.records()) {
            if (isVisible(r)) {
                visible.add(r);
            } else {
                withheld.add(r.agency());
                withheldRecords++;
            }
        }
        // the profile's display name and address may come from a withheld record: then a visible record's stand in
        String name = p.name();
        String address = p.address();
        String postcode = p.postcode();
        boolean nameVisible = visible.stream().anyMatch(r -> Stream.of(r.name(), r.tradingName(), r.legalName())
                .anyMatch(n -> n != null && n.trim().equalsIgnoreCase(p.name())));
        if (!nameVisible) {
            ProfileRecord stand = visible.stream().filter(r -> r.name() != null && !r.name().isBlank())
                    .min(java.util.Comparator.comparingInt(r -> INSPECTING.contains(r.agency()) ? 0 : 1))
                    .orElse(null);
            if (stand != null) {
                name = stand.name().trim();
                address = stand.address() != null ? stand.address() : address;
                postcode = stand.postcode() != null ? stand.postcode() : postcode;
            }
        }
        Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        RiskBand risk = RiskBand.UNKNOWN;
        Set<AgencyKind> interest = EnumSet.noneOf(AgencyKind.class);
        for (ProfileRecord r : visible) {
            for (String n : new String[] {r.name(), r.tradingName(), r.legalName()}) {
                if (n != null && !n.isBlank() && !n.trim().equalsIgnoreCase(name)) {
                    aliases.add(n.trim());
                }
            }
            if (r.riskBand() != null) {
                risk = RiskBand.higher(risk, r.riskBand());
            }
            if (p.interestAgencies().contains(r.agency())) {
                interest.add(r.agency());
            }
        }
        // an agency with some records visible and others withheld still gets its marker
        return new BusinessView(p.entityId(), name, new LinkedHashSet<>(aliases), address, postcode,
                p.district(), p.agencies(), visible, withheld, withheldRecords, risk, interest);
    }
}
