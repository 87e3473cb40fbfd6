package org.crosscheck.ui.picture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.NetworkGraph;
import org.crosscheck.insight.OverlapMatrix;
import org.crosscheck.insight.PictureFilter;
import org.crosscheck.insight.PictureService;
import org.crosscheck.insight.PictureSummary;
import org.crosscheck.tasking.AttendancePlan;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Picture screen's state: the ranked businesses with their filters, the Table-1 figures, the agency overlap,
 * the trend, and the selected business's records and network. Adding businesses to the tasking list happens here
 * too, because this is where the meeting picks them.
 */
public final class PictureViewModel {
    private final PictureService picture;
    private final TaskingService tasking;
    private final BackgroundWork work;
    private final String analyst;
    private final List<BusinessProfile> all = new ArrayList<>();
    private final ObservableList<BusinessProfile> businesses = FXCollections.observableArrayList();
    private final ObservableList<ProfileRecord> records = FXCollections.observableArrayList();
    private final ObservableList<PictureSnapshot> trend = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObjectProperty<QuickFilter> quickFilter = new SimpleObjectProperty<>(QuickFilter.ALL);
    private final StringProperty district = new SimpleStringProperty();
    private final StringProperty ward = new SimpleStringProperty();
    private final ObservableList<String> wards = FXCollections.observableArrayList();
    private final StringProperty typeText = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty();
    private final ObjectProperty<AgencyKind> knownTo = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyKind> unknownTo = new SimpleObjectProperty<>();
    private final ObjectProperty<BusinessProfile> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PictureSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OverlapMatrix> overlap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NetworkGraph> network = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PictureViewModel(PictureService picture, TaskingService tasking, BackgroundWork work, String analyst) {
        this.picture = picture;
        this.tasking = tasking;
        this.work = work;
        this.analyst = analyst;
        List<javafx.beans.Observable> inputs = List.of(quickFilter, district, ward, typeText, search,
                knownTo, unknownTo);
        inputs.forEach(p -> p.addListener(obs -> applyFilter()));
        selected.addListener((obs, old, now) -> showBusiness(now));
    }

    /** Reads the picture of the last link run (and stores its figures for the trend, once). */
    public void load() {
        work.run("Could not read the multi-agency picture", sink -> {
            List<BusinessProfile> ranked = picture.ranked();
            picture.snapshotLastRun(ranked);
            return new PictureData(ranked, picture.summary(ranked), picture.overlap(ranked), picture.trend());
        }, this::show);
    }

    private void show(PictureData data) {
        all.clear();
        all.addAll(data.ranked());
        summary.set(data.summary());
        overlap.set(data.overlap());
        trend.setAll(data.trend());
        Set<String> d = new TreeSet<>();
        all.forEach(p -> {
            if (p.district() != null) {
                d.add(p.district());
            }
        });
        districts.setAll(d);
        wards.setAll(all.stream().map(BusinessProfile::ward).filter(java.util.Objects::nonNull).distinct().sorted()
                .toList());
        applyFilter();
    }

    public PictureFilter filter() {
        return quickFilter.get().applyTo(new PictureFilter(0, 0, district.get(), ward.get(), typeText.get(),
                knownTo.get() == null ? Set.of() : EnumSet.of(knownTo.get()),
                unknownTo.get() == null ? Set.of() : EnumSet.of(unknownTo.get()), search.get()));
    }

    private void applyFilter() {
        PictureFilter f = filter();
        BusinessProfile keep = selected.get();
        businesses.setAll(all.stream().filter(f).toList());
        countText.set(String.format("%,d of %,d businesses", businesses.size(), all.size()));
        if (keep != null && !businesses.contains(keep)) {
            selected.set(null);
        }
    }

    public void clearFilters() {
        quickFilter.set(QuickFilter.ALL);
        district.set(null);
        ward.set(null);
        typeText.set(null);
        search.set(null);
        knownTo.set(null);
        unknownTo.set(null);
    }

    private void showBusiness(BusinessProfile p) {
        records.setAll(p == null ? List.of() : p.records());
        network.set(null);
        if (p != null) {
            long id = p.entityId();
            work.run("Could not draw the network", sink -> picture.network(id, 2), g -> {
                if (selected.get() != null && selected.get().entityId() == g.centre()) {
                    network.set(g);
                }
            });
        }
    }

    /**
     * Puts the businesses on the tasking list as proposed visits, with the suggested lead and attending agencies
     * (the Tasking screen shows why, and lets the meeting change them). Priority follows how many agencies have a
     * concern: three or more 1, two 2, otherwise 3.
     */
    public void addToTasking(List<BusinessProfile> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        List<BusinessProfile> list = List.copyOf(chosen);
        work.run("Could not add to the tasking list", sink -> {
            int added = 0;
            List<String> skipped = new ArrayList<>();
            for (BusinessProfile p : list) {
                AttendancePlan plan = tasking.advise(p.entityId(), VisitPurpose.ENFORCEMENT);
                if (plan.lead() == null) {
                    skipped.add(p.name());
                    continue;
                }
                int priority = p.interestCount() >= 3 ? 1 : p.interestCount() == 2 ? 2 : 3;
                tasking.add(new NewVisit(p.entityId(), priority, plan.lead(), null, 2, VisitPurpose.ENFORCEMENT,
                        null, plan.attendance()), analyst);
                added++;
            }
            return added + (added == 1 ? " business" : " businesses") + " added to the tasking list as proposed "
                    + "visits." + (skipped.isEmpty() ? "" : " Not added (no agency that visits knows them): "
                    + String.join(", ", skipped) + ".");
        }, message::set);
    }

    public ObservableList<BusinessProfile> businesses() {
        return businesses;
    }

    public ObservableList<ProfileRecord> records() {
        return records;
    }

    public ObservableList<PictureSnapshot> trend() {
        return trend;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObjectProperty<QuickFilter> quickFilterProperty() {
        return quickFilter;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty wardProperty() {
        return ward;
    }

    public ObservableList<String> wards() {
        return wards;
    }

    public StringProperty typeTextProperty() {
        return typeText;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AgencyKind> knownToProperty() {
        return knownTo;
    }

    public ObjectProperty<AgencyKind> unknownToProperty() {
        return unknownTo;
    }

    public ObjectProperty<BusinessProfile> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PictureSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OverlapMatrix> overlapProperty() {
        return overlap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkGraph> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BackgroundWork work() {
        return work;
    }
}
