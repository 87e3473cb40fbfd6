package org.crosscheck.linkage.compare;

import java.util.List;

/** The standard comparisons, in the order their levels are packed into a comparison vector. */
public final class Comparisons {
    private Comparisons() {
    }

    public static List<Comparison> standard() {
        return List.of(
                new NameComparison(),
                new SourceComparison(),
                new LocationComparison(),
                new TownComparison(),
                new SetComparison("phone", "phone number", r -> r.phones(), true),
                new SetComparison("company", "company number", r -> r.companyNumber() == null ? List.of()
                        : List.of(r.companyNumber()), false),
                new PersonComparison(),
                new SetComparison("email", "e-mail", r -> r.email() == null ? List.of() : List.of(r.email()), false),
                new TradeComparison());
    }
}
