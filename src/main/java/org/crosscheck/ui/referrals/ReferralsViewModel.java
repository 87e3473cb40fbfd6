package org.crosscheck.ui.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.NewReferral;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.PictureService;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Referrals screen's state: the form for an officer's observation (a business from the picture or a new
 * address, the golden indicators seen, who it is for), the referrals list with its filters, and feedback.
 */
public final class ReferralsViewModel {
    private static final int MATCHES_SHOWN = 12;
    private final ReferralService referrals;
    private final PictureService picture;
    private final BackgroundWork work;
    private final String analyst;
    private final List<Referral> all = new ArrayList<>();
    private final List<BusinessProfile> businesses = new ArrayList<>();
    private final ObservableList<Referral> shown = FXCollections.observableArrayList();
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    private final ObservableList<BusinessProfile> matches = FXCollections.observableArrayList();
    private final ObjectProperty<AgencyKind> listTarget = new SimpleObjectProperty<>();
    private final BooleanProperty awaitingOnly = new SimpleBooleanProperty();
    // the form
    private final StringProperty businessSearch = new SimpleStringProperty("");
    private final ObjectProperty<BusinessProfile> business = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty officer = new SimpleStringProperty("");
    private final ObjectProperty<AgencyKind> fromAgency = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyKind> toAgency = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty details = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper awaitingText = new ReadOnlyStringWrapper("");

    public ReferralsViewModel(ReferralService referrals, PictureService picture, BackgroundWork work, String analyst) {
        this.referrals = referrals;
        this.picture = picture;
        this.work = work;
        this.analyst = analyst;
        listTarget.addListener(obs -> applyFilter());
        awaitingOnly.addListener(obs -> applyFilter());
        businessSearch.addListener((obs, old, now) -> search(now));
    }

    public void load() {
        work.run("Could not read the referrals", sink -> new ReferralsData(referrals.list(null),
                referrals.indicators(), picture.ranked()), data -> {
            all.clear();
            all.addAll(data.referrals());
            businesses.clear();
            businesses.addAll(data.businesses());
            indicators.setAll(data.indicators().stream().filter(i -> i.active()).map(IndicatorRow::new).toList());
            applyFilter();
        });
    }

    private void applyFilter() {
        shown.setAll(all.stream().filter(r -> listTarget.get() == null || r.targetAgency() == listTarget.get())
                .filter(r -> !awaitingOnly.get() || r.awaitingFeedback()).toList());
        long waiting = all.stream().filter(Referral::awaitingFeedback).count();
        awaitingText.set(waiting == 0 ? "Every referral has feedback."
                : waiting + (waiting == 1 ? " referral is" : " referrals are") + " waiting for feedback.");
    }

    /** Businesses whose name, alias, address or postcode holds every word typed, best ranked first. */
    private void search(String text) {
        if (text == null || text.isBlank()) {
            matches.clear();
            return;
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        matches.setAll(businesses.stream().filter(p -> {
            String hay = (p.name() + " " + String.join(" ", p.aliases()) + " " + p.address() + " " + p.postcode())
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        }).limit(MATCHES_SHOWN).toList());
    }

    public void chooseBusiness(BusinessProfile p) {
        business.set(p);
    }

    /** Saves the form as a referral, or says what is missing. */
    public void save() {
        List<Integer> ticked = indicators.stream().filter(i -> i.tickedProperty().get())
                .map(i -> i.indicator().id()).toList();
        BusinessProfile chosen = business.get();
        NewReferral referral;
        try {
            referral = new NewReferral(chosen == null ? null : chosen.entityId(),
                    chosen == null ? place.get() : chosen.name() + ", " + chosen.address(), officer.get(),
                    fromAgency.get(), toAgency.get(), observedOn.get(), details.get(), ticked);
        } catch (WorkbenchException e) {
            message.set(e.getMessage());
            return;
        }
        work.run("Could not save the referral", sink -> referrals.add(referral, analyst), id -> {
            message.set("Referral " + id + " recorded for " + referral.targetAgency().label() + ".");
            clearForm();
            load();
        });
    }

    public void clearForm() {
        businessSearch.set("");
        business.set(null);
        place.set("");
        details.set("");
        observedOn.set(LocalDate.now());
        indicators.forEach(i -> i.tickedProperty().set(false));
    }

    public void feedback(Referral referral, FeedbackVerdict verdict, String note) {
        if (referral == null) {
            message.set("Choose a referral in the list first.");
            return;
        }
        work.run("Could not save the feedback", sink -> {
            referrals.feedback(referral.id(), verdict, note, analyst);
            return "Feedback recorded on referral " + referral.id() + ".";
        }, done -> {
            message.set(done);
            load();
        });
    }

    public void addIndicator(AgencyKind agency, String text) {
        if (agency == null || text == null || text.isBlank()) {
            message.set("Choose the agency and write the indicator.");
            return;
        }
        work.run("Could not add the indicator", sink -> referrals.addIndicator(agency, text.trim()), id -> {
            message.set("Indicator added.");
            load();
        });
    }

    public ObservableList<Referral> shown() {
        return shown;
    }

    public ObservableList<IndicatorRow> indicators() {
        return indicators;
    }

    public ObservableList<BusinessProfile> matches() {
        return matches;
    }

    public ObjectProperty<AgencyKind> listTargetProperty() {
        return listTarget;
    }

    public BooleanProperty awaitingOnlyProperty() {
        return awaitingOnly;
    }

    public StringProperty businessSearchProperty() {
        return businessSearch;
    }

    public ObjectProperty<BusinessProfile> businessProperty() {
        return business;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty officerProperty() {
        return officer;
    }

    public ObjectProperty<AgencyKind> fromAgencyProperty() {
        return fromAgency;
    }

    public ObjectProperty<AgencyKind> toAgencyProperty() {
        return toAgency;
    }

    public ObjectProperty<LocalDate> observedOnProperty() {
        return observedOn;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty awaitingTextProperty() {
        return awaitingText.getReadOnlyProperty();
    }

    public BackgroundWork work() {
        return work;
    }
}
