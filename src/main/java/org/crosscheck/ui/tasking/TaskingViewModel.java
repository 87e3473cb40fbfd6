package org.crosscheck.ui.tasking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.AgencyPower;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.tasking.AgencySuggestion;
import org.crosscheck.tasking.AttendancePlan;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Tasking screen's state: the week's visits with their clashes, the editor for the selected visit (plan,
 * attendance with reasons, status, outcomes), the calendar, outcome totals and the agency powers table.
 */
public final class TaskingViewModel {
    private final TaskingService tasking;
    private final BackgroundWork work;
    private final String analyst;
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>(monday(LocalDate.now()));
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final IntegerProperty clashWindow = new SimpleIntegerProperty(TaskingService.DEFAULT_CLASH_DAYS);
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> allVisits = FXCollections.observableArrayList();
    private final ObservableList<TotalsRow> totals = FXCollections.observableArrayList();
    private final ObservableList<AgencyPower> powers = FXCollections.observableArrayList();
    private final ObjectProperty<VisitRow> selected = new SimpleObjectProperty<>();
    // the editor
    private final IntegerProperty priority = new SimpleIntegerProperty(3);
    private final ObjectProperty<AgencyKind> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> plannedDate = new SimpleObjectProperty<>();
    private final IntegerProperty officers = new SimpleIntegerProperty(2);
    private final ObjectProperty<VisitPurpose> purpose = new SimpleObjectProperty<>(VisitPurpose.ENFORCEMENT);
    private final StringProperty notes = new SimpleStringProperty();
    private final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList();
    private final ObservableList<VisitStatus> nextStatuses = FXCollections.observableArrayList();
    private final ObservableList<String> clashMessages = FXCollections.observableArrayList();
    private final ObservableList<VisitOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TaskingViewModel(TaskingService tasking, BackgroundWork work, String analyst) {
        this.tasking = tasking;
        this.work = work;
        this.analyst = analyst;
        week.addListener((obs, old, now) -> load());
        showAll.addListener((obs, old, now) -> load());
        clashWindow.addListener((obs, old, now) -> load());
        selected.addListener((obs, old, now) -> edit(now));
    }

    public void load() {
        LocalDate day = week.get();
        boolean all = showAll.get();
        int window = clashWindow.get();
        Long keep = selected.get() == null ? null : selected.get().visit().id();
        work.run("Could not read the tasking list", sink -> {
            List<Visit> visitList = tasking.visits();
            Map<Long, List<org.crosscheck.tasking.Clash>> clashes = tasking.clashes(visitList, window);
            List<VisitRow> everything = visitList.stream().map(v -> new VisitRow(v, clashes.get(v.id()))).toList();
            List<Long> shown = (all ? visitList : tasking.week(day)).stream().map(Visit::id).toList();
            List<VisitRow> rows = everything.stream().filter(r -> shown.contains(r.visit().id())).toList();
            List<TotalsRow> lines = new ArrayList<>();
            tasking.totals(null, null).byMonth().forEach((month, byAgency) -> byAgency.forEach((agency, kinds) ->
                    kinds.forEach((kind, n) -> lines.add(new TotalsRow(month, agency, kind, n)))));
            return new TaskingData(rows, everything, lines, tasking.powers());
        }, data -> {
            visits.setAll(data.visits());
            allVisits.setAll(data.allVisits());
            totals.setAll(data.totals());
            powers.setAll(data.powers());
            VisitRow again = keep == null ? null : data.allVisits().stream()
                    .filter(r -> r.visit().id() == keep).findFirst().orElse(null);
            selected.set(again);
        });
    }

    private void edit(VisitRow row) {
        attendance.clear();
        nextStatuses.clear();
        clashMessages.clear();
        outcomes.clear();
        warnings.clear();
        if (row == null) {
            return;
        }
        Visit v = row.visit();
        priority.set(v.priority());
        lead.set(v.leadAgency());
        plannedDate.set(v.plannedDate());
        officers.set(v.officersNeeded());
        purpose.set(v.purpose());
        notes.set(v.notes());
        row.clashes().forEach(c -> clashMessages.add(c.message()));
        nextStatuses.setAll(v.status().next());
        long id = v.id();
        work.run("Could not read the visit", sink -> new VisitDetail(tasking.outcomes(id),
                tasking.advise(v.entityId(), v.purpose())), detail -> {
            if (selected.get() == null || selected.get().visit().id() != id) {
                return;
            }
            outcomes.setAll(detail.outcomes());
            showAttendance(v, detail.advice());
        });
    }

    /** Every agency that attends or is suggested, ticked when it attends, with its reason. */
    private void showAttendance(Visit v, AttendancePlan plan) {
        Map<AgencyKind, AttendanceRow> rows = new EnumMap<>(AgencyKind.class);
        for (Attendance a : v.attending()) {
            rows.put(a.agency(), new AttendanceRow(a.agency(), a.reason(), true));
        }
        for (AgencySuggestion s : plan.agencies()) {
            rows.putIfAbsent(s.agency(), new AttendanceRow(s.agency(), "suggested: " + s.reasonText(), false));
        }
        for (AgencyKind other : AgencyKind.values()) {
            rows.putIfAbsent(other, new AttendanceRow(other, "", false));
        }
        attendance.setAll(rows.values());
        warnings.setAll(plan.warnings());
    }

    /** Saves the editor's plan for the selected visit. */
    public void save() {
        VisitRow row = selected.get();
        if (row == null) {
            return;
        }
        List<Attendance> attending = attendance.stream().filter(AttendanceRow::isAttending)
                .map(a -> new Attendance(a.agency(), a.reason().isBlank() ? "chosen by the analyst"
                        : a.reason().replaceFirst("^suggested: ", ""))).toList();
        NewVisit plan;
        try {
            plan = new NewVisit(row.visit().entityId(), priority.get(), lead.get(), plannedDate.get(), officers.get(),
                    purpose.get(), notes.get(), attending);
        } catch (WorkbenchException e) {
            message.set(e.getMessage());
            return;
        }
        long id = row.visit().id();
        work.run("Could not save the visit", sink -> {
            tasking.update(id, plan);
            return "Visit " + id + " saved.";
        }, done -> {
            message.set(done);
            load();
        });
    }

    public void move(VisitStatus target) {
        VisitRow row = selected.get();
        if (row == null) {
            return;
        }
        long id = row.visit().id();
        work.run("Could not change the visit's status", sink -> {
            tasking.move(id, target);
            return "Visit " + id + " is now " + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ".";
        }, done -> {
            message.set(done);
            load();
        });
    }

    public void addOutcome(AgencyKind agency, OutcomeKind kind, int count, String note) {
        VisitRow row = selected.get();
        if (row == null || agency == null || kind == null) {
            message.set("Choose the agency and the kind of outcome.");
            return;
        }
        long id = row.visit().id();
        work.run("Could not record the outcome", sink -> {
            tasking.recordOutcome(id, agency, kind, count, note, analyst);
            return tasking.outcomes(id);
        }, list -> {
            outcomes.setAll(list);
            message.set("Outcome recorded.");
            load();
        });
    }

    public void deleteOutcome(VisitOutcome outcome) {
        if (outcome == null) {
            return;
        }
        work.run("Could not remove the outcome", sink -> {
            tasking.deleteOutcome(outcome.id());
            return tasking.outcomes(outcome.visitId());
        }, list -> {
            outcomes.setAll(list);
            message.set("Outcome removed.");
            load();
        });
    }

    public void savePower(AgencyPower power) {
        work.run("Could not save the agency's powers", sink -> {
            tasking.savePower(power);
            return power.agency().label() + "'s powers saved; new suggestions use them.";
        }, message::set);
    }

    public void previousWeek() {
        week.set(week.get().minusWeeks(1));
    }

    public void nextWeek() {
        week.set(week.get().plusWeeks(1));
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public ObjectProperty<LocalDate> weekProperty() {
        return week;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public IntegerProperty clashWindowProperty() {
        return clashWindow;
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<VisitRow> allVisits() {
        return allVisits;
    }

    public ObservableList<TotalsRow> totals() {
        return totals;
    }

    public ObservableList<AgencyPower> powers() {
        return powers;
    }

    public ObjectProperty<VisitRow> selectedProperty() {
        return selected;
    }

    public IntegerProperty priorityProperty() {
        return priority;
    }

    public ObjectProperty<AgencyKind> leadProperty() {
        return lead;
    }

    public ObjectProperty<LocalDate> plannedDateProperty() {
        return plannedDate;
    }

    public IntegerProperty officersProperty() {
        return officers;
    }

    public ObjectProperty<VisitPurpose> purposeProperty() {
        return purpose;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<AttendanceRow> attendance() {
        return attendance;
    }

    public ObservableList<VisitStatus> nextStatuses() {
        return nextStatuses;
    }

    public ObservableList<String> clashMessages() {
        return clashMessages;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<VisitOutcome> outcomes() {
        return outcomes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BackgroundWork work() {
        return work;
    }
}
