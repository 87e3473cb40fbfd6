package org.crosscheck.ui.referrals;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crosscheck.domain.tasking.GoldenIndicator;

/** A golden indicator in the referral form, ticked when the officer saw it. */
public final class IndicatorRow {
    private final GoldenIndicator indicator;
    private final BooleanProperty ticked = new SimpleBooleanProperty();

    public IndicatorRow(GoldenIndicator indicator) {
        this.indicator = indicator;
    }

    public GoldenIndicator indicator() {
        return indicator;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }
}
