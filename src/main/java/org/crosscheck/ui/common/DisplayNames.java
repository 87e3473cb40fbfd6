package org.crosscheck.ui.common;

import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.jobs.Stage;

/** The words shown on screen for engine enums (never their {@code toString()}). */
public final class DisplayNames {
    private DisplayNames() {
    }

    public static String of(CanonicalField field) {
        if (field == null) {
            return "(not used)";
        }
        return switch (field) {
            case BUSINESS_NAME -> "Business name";
            case TRADING_NAME -> "Trading name";
            case LEGAL_NAME -> "Legal / company name";
            case ADDRESS -> "Address (full or a line)";
            case BUILDING -> "Building / flat / unit";
            case HOUSE_NUMBER -> "House number";
            case STREET -> "Street";
            case LOCALITY -> "Locality";
            case TOWN -> "Town";
            case POSTCODE -> "Postcode";
            case UPRN -> "UPRN";
            case PHONE -> "Phone number";
            case EMAIL -> "Email";
            case CONTACT_NAME -> "Contact / owner / director";
            case COMPANY_NUMBER -> "Company number";
            case BUSINESS_TYPE -> "Business type";
            case WARD -> "Ward";
            case AGENCY_REF -> "Agency's own reference";
            case RISK_RATING -> "Risk rating (raw)";
            case NON_COMPLIANCE_FLAG -> "Non-compliance flag";
            case NON_COMPLIANCE_DATE -> "Non-compliance date";
            case NON_COMPLIANCE_NOTES -> "Non-compliance notes";
            case LAST_VISIT_DATE -> "Last visit date";
        };
    }

    public static String of(AgencyKind kind) {
        return kind == null ? "" : kind.label();
    }

    public static String of(RiskBand band) {
        if (band == null) {
            return "";
        }
        return switch (band) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case NONE -> "None";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String of(Stage stage) {
        return switch (stage) {
            case READING -> "Reading the file…";
            case CHECKING -> "Checking…";
            case WRITING -> "Saving to the workspace…";
            case STANDARDISING -> "Standardising…";
            case BLOCKING -> "Finding candidate pairs…";
            case SCORING -> "Scoring pairs…";
            case TRAINING -> "Training the model…";
            case CLUSTERING -> "Grouping into businesses…";
            case EXPORTING -> "Exporting…";
        };
    }

    /** An enum constant as a word or two, first letter capital ("FOLLOW_UP" → "Follow up"). */
    public static String words(Enum<?> e) {
        if (e == null) {
            return "";
        }
        String s = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Agencies by their names in a combo box; {@code none} stands for the empty choice. */
    public static javafx.util.StringConverter<AgencyKind> agencyConverter(String none) {
        return EnumCells.converter(AgencyKind.class, a -> a == null ? none : a.label());
    }
}
