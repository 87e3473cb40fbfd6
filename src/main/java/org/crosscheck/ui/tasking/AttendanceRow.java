package org.crosscheck.ui.tasking;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crosscheck.domain.AgencyKind;

/** One agency in the visit editor: ticked when it attends, with the reason it was suggested. */
public final class AttendanceRow {
    private final AgencyKind agency;
    private final String reason;
    private final BooleanProperty attending;

    public AttendanceRow(AgencyKind agency, String reason, boolean attending) {
        this.agency = agency;
        this.reason = reason;
        this.attending = new SimpleBooleanProperty(attending);
    }

    public AgencyKind agency() {
        return agency;
    }

    public String reason() {
        return reason;
    }

    public BooleanProperty attendingProperty() {
        return attending;
    }

    public boolean isAttending() {
        return attending.get();
    }
}
