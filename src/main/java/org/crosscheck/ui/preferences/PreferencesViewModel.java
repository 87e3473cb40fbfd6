package org.crosscheck.ui.preferences;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.settings.AppSettings;
import org.crosscheck.settings.SettingsStore;

/**
 * The Preferences dialog's state: the analyst name recorded with review decisions, the thresholds a new link run
 * starts from, and the days after which a source is stale. Fields are text, as typed; {@link #save()} checks
 * and writes them.
 */
public final class PreferencesViewModel {
    private final SettingsStore store;
    private final StringProperty analystName = new SimpleStringProperty();
    private final StringProperty matchThreshold = new SimpleStringProperty();
    private final StringProperty reviewThreshold = new SimpleStringProperty();
    private final StringProperty staleDays = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PreferencesViewModel(SettingsStore store) {
        this.store = store;
        AppSettings s = store.load();
        analystName.set(s.analystName());
        matchThreshold.set(format(s.matchThreshold()));
        reviewThreshold.set(format(s.reviewThreshold()));
        staleDays.set(Integer.toString(s.staleDays()));
    }

    private static String format(double p) {
        return java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }

    /** Checks and saves the preferences; false (with {@link #problemProperty()} saying why) when they are wrong. */
    public boolean save() {
        try {
            double match = number(matchThreshold.get(), "Link automatically from");
            double review = number(reviewThreshold.get(), "Send to review from");
            int stale = (int) number(staleDays.get(), "Stale after");
            store.update(s -> s.withPreferences(analystName.get(), match, review, stale));
            problem.set("");
            return true;
        } catch (WorkbenchException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private static double number(String text, String field) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new WorkbenchException("“" + field + "” needs a number.", e);
        }
    }

    public StringProperty analystNameProperty() {
        return analystName;
    }

    public StringProperty matchThresholdProperty() {
        return matchThreshold;
    }

    public StringProperty reviewThresholdProperty() {
        return reviewThreshold;
    }

    public StringProperty staleDaysProperty() {
        return staleDays;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
