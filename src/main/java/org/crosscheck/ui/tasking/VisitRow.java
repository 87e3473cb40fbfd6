package org.crosscheck.ui.tasking;

import java.util.List;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.tasking.Clash;

/** A visit as the tasking table shows it: the visit and its clashes with other plans. */
public record VisitRow(Visit visit, List<Clash> clashes) {
    public VisitRow {
        clashes = List.copyOf(clashes);
    }

    public String clashText() {
        return clashes.isEmpty() ? "" : "⚠ " + clashes.size();
    }
}
