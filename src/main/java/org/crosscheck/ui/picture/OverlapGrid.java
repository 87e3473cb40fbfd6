package org.crosscheck.ui.picture;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.insight.OverlapMatrix;

/**
 * The agency-overlap matrix as a heat map: each cell is how many businesses both agencies hold a record of, shaded
 * by how large that is against the largest pair. The number is always printed, so the grid reads without colour.
 */
public final class OverlapGrid extends GridPane {
    private static final int SHADES = 5;

    public OverlapGrid() {
        getStyleClass().add("overlap-grid");
        setHgap(2);
        setVgap(2);
    }

    public void setMatrix(OverlapMatrix m) {
        getChildren().clear();
        if (m == null) {
            return;
        }
        int n = m.agencies().size();
        for (int j = 0; j < n; j++) {
            Label head = new Label(shortName(m.agencies().get(j)));
            head.getStyleClass().add("overlap-head");
            head.setMinWidth(Region.USE_PREF_SIZE);
            head.setTooltip(new Tooltip(m.agencies().get(j).label()));
            add(head, j + 1, 0);
        }
        int max = Math.max(1, m.maxShared());
        for (int i = 0; i < n; i++) {
            AgencyKind a = m.agencies().get(i);
            Label row = new Label(a.label());
            row.getStyleClass().add("overlap-row-head");
            row.setMinWidth(Region.USE_PREF_SIZE);
            add(row, 0, i + 1);
            for (int j = 0; j < n; j++) {
                int count = m.counts()[i][j];
                Label cell = new Label(String.format("%,d", count));
                cell.getStyleClass().add("overlap-cell");
                cell.getStyleClass().add(i == j ? "overlap-diagonal"
                        : "overlap-shade-" + Math.min(SHADES - 1, count * SHADES / (max + 1)));
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setHalignment(cell, HPos.RIGHT);
                cell.setTooltip(new Tooltip(i == j ? String.format("%,d businesses known to %s", count, a.label())
                        : String.format("%,d businesses known to both %s and %s", count, a.label(),
                        m.agencies().get(j).label())));
                add(cell, j + 1, i + 1);
            }
        }
    }

    private static String shortName(AgencyKind a) {
        return switch (a) {
            case FOOD_HYGIENE -> "Food";
            case FIRE -> "Fire";
            case IMMIGRATION -> "Immig.";
            case HMRC -> "HMRC";
            case TRADING_STANDARDS -> "TS";
            case LICENSING -> "Licens.";
            case HOUSING -> "Housing";
            case BUSINESS_RATES -> "Rates";
            case COMPANIES_HOUSE -> "CH";
            case POLICE -> "Police";
            case GANGMASTERS -> "GLAA";
            case OTHER -> "Other";
        };
    }
}
