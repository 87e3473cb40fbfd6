package org.crosscheck.export.chart;

import java.util.Locale;
import org.crosscheck.domain.WorkbenchException;

/** The charts Crosscheck draws, with the name typed on the command line. */
public enum ChartKind {
    AGENCIES("agencies", "Businesses by number of agencies that know them"),
    OVERLAP("overlap", "Agency overlap: businesses both agencies hold a record of"),
    RISK_BY_AREA("risk-by-area", "Risk bands by postcode district"),
    OUTCOMES("outcomes", "Visit outcomes by month"),
    REVIEW("review", "Review of uncertain pairs: decided and waiting");

    private final String cliName;
    private final String title;

    ChartKind(String cliName, String title) {
        this.cliName = cliName;
        this.title = title;
    }

    public String cliName() {
        return cliName;
    }

    public String title() {
        return title;
    }

    public static ChartKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChartKind k : values()) {
            if (k.cliName.equals(t)) {
                return k;
            }
        }
        throw new WorkbenchException("Unknown chart '" + text + "'. Use one of: agencies, overlap, risk-by-area, "
                + "outcomes, review.");
    }
}
