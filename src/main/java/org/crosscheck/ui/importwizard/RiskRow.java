package org.crosscheck.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosscheck.domain.RiskBand;

/** One raw risk value found in the file and the common band the analyst gives it. */
public final class RiskRow {
    private final String rawValue;
    private final ObjectProperty<RiskBand> band;

    public RiskRow(String rawValue, RiskBand band) {
        this.rawValue = rawValue;
        this.band = new SimpleObjectProperty<>(band);
    }

    public String getRawValue() {
        return rawValue;
    }

    public ObjectProperty<RiskBand> bandProperty() {
        return band;
    }

    public RiskBand getBand() {
        return band.get();
    }

    public void setBand(RiskBand value) {
        band.set(value);
    }
}
