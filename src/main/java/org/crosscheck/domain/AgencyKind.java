package org.crosscheck.domain;

/** The kind of agency a source comes from; it picks the default risk scale and, later, the agency's powers. */
public enum AgencyKind {
    FOOD_HYGIENE,
    FIRE,
    IMMIGRATION,
    HMRC,
    TRADING_STANDARDS,
    LICENSING,
    HOUSING,
    BUSINESS_RATES,
    COMPANIES_HOUSE,
    POLICE,
    GANGMASTERS,
    OTHER;

    /** The agency's name as people in a partnership say it, for screens, messages, exports and briefings. */
    public String label() {
        return switch (this) {
            case FOOD_HYGIENE -> "Food hygiene";
            case FIRE -> "Fire and rescue";
            case IMMIGRATION -> "Immigration enforcement";
            case HMRC -> "HMRC";
            case TRADING_STANDARDS -> "Trading standards";
            case LICENSING -> "Licensing";
            case HOUSING -> "Housing";
            case BUSINESS_RATES -> "Business rates";
            case COMPANIES_HOUSE -> "Companies House";
            case POLICE -> "Police";
            case GANGMASTERS -> "Gangmasters and labour abuse";
            case OTHER -> "Other";
        };
    }

    /** Parses a user-typed kind leniently: case, spaces and hyphens are ignored ("food hygiene" → FOOD_HYGIENE). */
    public static AgencyKind parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (AgencyKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new WorkbenchException("Unknown agency kind '" + text + "'. Use one of: "
                + java.util.Arrays.toString(values()));
    }
}
