package org.crosscheck.insight;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.domain.AgencyKind;

/**
 * Which businesses to show. Every part is optional; an empty filter keeps everything.
 *
 * @param minAgencies  known to at least this many agencies (0 = any)
 * @param minInterest  at least this many agencies record an interest (0 = any)
 * @param district     postcode district, e.g. "BK1" (null = any)
 * @param ward         council ward, any case (null = any); only businesses whose files give a ward match
 * @param typeText     text the business type contains, any case (null = any)
 * @param knownTo      agencies that must all hold a record
 * @param unknownTo    agencies that must not hold one: "registered for food, unknown to business rates"
 * @param text         text in the name, an alias, the address or postcode (null = any)
 */
public record PictureFilter(int minAgencies, int minInterest, String district, String ward, String typeText,
                            Set<AgencyKind> knownTo, Set<AgencyKind> unknownTo, String text)
        implements Predicate<BusinessProfile> {

    public static final PictureFilter ALL = new PictureFilter(0, 0, null, null, null, Set.of(), Set.of(), null);

    public PictureFilter {
        knownTo = knownTo == null || knownTo.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(knownTo);
        unknownTo = unknownTo == null || unknownTo.isEmpty() ? EnumSet.noneOf(AgencyKind.class)
                : EnumSet.copyOf(unknownTo);
    }

    public PictureFilter withMinAgencies(int n) {
        return new PictureFilter(n, minInterest, district, ward, typeText, knownTo, unknownTo, text);
    }

    public PictureFilter withMinInterest(int n) {
        return new PictureFilter(minAgencies, n, district, ward, typeText, knownTo, unknownTo, text);
    }

    @Override
    public boolean test(BusinessProfile p) {
        return p.agencyCount() >= minAgencies
                && p.interestCount() >= minInterest
                && (blank(district) || district.trim().equalsIgnoreCase(p.district()))
                && (blank(ward) || ward.trim().equalsIgnoreCase(p.ward()))
                && (blank(typeText) || p.businessTypes().stream().anyMatch(t -> contains(t, typeText)))
                && p.agencies().containsAll(knownTo)
                && unknownTo.stream().noneMatch(p.agencies()::contains)
                && (blank(text) || matchesText(p));
    }

    private boolean matchesText(BusinessProfile p) {
        return contains(p.name(), text) || contains(p.address(), text) || contains(p.postcode(), text)
                || p.aliases().stream().anyMatch(a -> contains(a, text))
                || (p.postcode() != null && p.postcode().replace(" ", "").equalsIgnoreCase(text.replace(" ", "")));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
