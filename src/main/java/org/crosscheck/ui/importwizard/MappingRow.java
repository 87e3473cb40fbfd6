package org.crosscheck.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosscheck.domain.CanonicalField;

/** One column of the file in the mapping step: its header, sample values, and the field chosen for it. */
public final class MappingRow {
    private final int columnIndex;
    private final String header;
    private final String samples;
    private final double confidence;
    private final String reason;
    private final ObjectProperty<CanonicalField> field;

    public MappingRow(int columnIndex, String header, String samples, CanonicalField field, double confidence,
                      String reason) {
        this.columnIndex = columnIndex;
        this.header = header;
        this.samples = samples;
        this.confidence = confidence;
        this.reason = reason;
        this.field = new SimpleObjectProperty<>(field);
    }

    public int getColumnIndex() {
        return columnIndex;
    }

    public String getHeader() {
        return header;
    }

    public String getSamples() {
        return samples;
    }

    /** 0..1; 0 when nothing was suggested. */
    public double getConfidence() {
        return confidence;
    }

    public String getReason() {
        return reason;
    }

    public ObjectProperty<CanonicalField> fieldProperty() {
        return field;
    }

    public CanonicalField getField() {
        return field.get();
    }

    public void setField(CanonicalField value) {
        field.set(value);
    }
}
