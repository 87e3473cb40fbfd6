package org.crosscheck.ui.tasking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A month of planned visits, Monday first: each day lists its visits ("P1 Business — lead"), with a warning mark on
 * those that clash. Clicking a visit selects it in the list.
 */
public final class MonthCalendar extends GridPane {
    private Consumer<VisitRow> onPick = row -> { };

    public MonthCalendar() {
        getStyleClass().add("month-calendar");
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
        }
    }

    public void setOnPick(Consumer<VisitRow> onPick) {
        this.onPick = onPick;
    }

    public void show(YearMonth month, List<VisitRow> visits) {
        getChildren().clear();
        for (int d = 0; d < 7; d++) {
            Label head = new Label(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.UK));
            head.getStyleClass().add("calendar-head");
            add(head, d, 0);
        }
        LocalDate first = month.atDay(1);
        int offset = first.getDayOfWeek().getValue() - 1;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int cell = offset + day - 1;
            VBox box = new VBox(2);
            box.getStyleClass().add("calendar-day");
            if (date.equals(LocalDate.now())) {
                box.getStyleClass().add("calendar-today");
            }
            Label number = new Label(Integer.toString(day));
            number.getStyleClass().add("calendar-number");
            box.getChildren().add(number);
            for (VisitRow row : visits) {
                if (date.equals(row.visit().plannedDate())) {
                    Label entry = new Label((row.clashes().isEmpty() ? "" : "⚠ ") + "P" + row.visit().priority() + " "
                            + shorten(row.visit().businessLabel()) + " — " + row.visit().leadAgency().label());
                    entry.getStyleClass().add(row.clashes().isEmpty() ? "calendar-visit" : "calendar-clash");
                    entry.setTooltip(new Tooltip(row.visit().businessLabel() + "\n" + String.join("\n",
                            row.clashes().stream().map(c -> c.message()).toList())));
                    entry.setOnMouseClicked(e -> onPick.accept(row));
                    box.getChildren().add(entry);
                }
            }
            add(box, cell % 7, cell / 7 + 1);
        }
    }

    private static String shorten(String label) {
        String name = label.contains(",") ? label.substring(0, label.indexOf(',')) : label;
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }
}
