package org.crosscheck.ui.businesses;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.RecordDetail;
import org.crosscheck.insight.BusinessSearch;
import org.crosscheck.insight.BusinessSearchService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.review.BusinessProfile;
import org.crosscheck.review.EntityService;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Businesses screen's state: the search and its results, the business on screen with all its records and the
 * decisions about them, and the two corrections (split a record out, merge with another business), each saved as
 * a decision and followed by a relink so the screen shows their effect.
 */
public final class BusinessesViewModel {
    /** Links again after a correction (an incremental link with the last settings). */
    @FunctionalInterface
    public interface Relinker {
        void relink(ProgressSink sink);
    }

    /** One record of the business on screen, ready for the table. */
    public record RecordRow(long recordId, String agency, String name, String address, String postcode,
                            String phone, String reference, String why) {
    }

    private final EntityService entities;
    private final BusinessSearchService search;
    private final Relinker relinker;
    private final BackgroundWork work;
    private final String reviewer;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty mergeWith = new SimpleStringProperty("");
    private final ObservableList<BusinessSearch.Hit> results = FXCollections.observableArrayList();
    private final ObservableList<RecordRow> records = FXCollections.observableArrayList();
    private final ObservableList<String> decisions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BusinessProfile> business = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("Search for a business by name, "
            + "address, postcode or phone.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public BusinessesViewModel(EntityService entities, BusinessSearchService search, Relinker relinker,
                               BackgroundWork work, String reviewer) {
        this.entities = entities;
        this.search = search;
        this.relinker = relinker;
        this.work = work;
        this.reviewer = reviewer;
    }

    /** Searches every source for the query text. */
    public void search() {
        String text = query.get();
        if (text == null || text.isBlank() || work.runningProperty().get()) {
            return;
        }
        work.run("The search failed", sink -> search.search(text, 100), hits -> {
            results.setAll(hits);
            status.set(hits.isEmpty() ? "No business found for \u201c" + text.strip() + "\u201d."
                    : String.format("%d business%s found.", hits.size(), hits.size() == 1 ? "" : "es"));
        });
    }

    /** Shows one business. */
    public void open(long entityId) {
        work.run("Could not open the business", sink -> entities.profile(entityId), this::display);
    }

    /** Opens the business of a search hit. */
    public void open(BusinessSearch.Hit hit) {
        if (hit != null && hit.record().entityId() != null) {
            open(hit.record().entityId());
        } else if (hit != null) {
            status.set("This record is not linked yet: run a link first.");
        }
    }

    /** Takes a record out of the business on screen, links again, and shows what is left of the business. */
    public void split(RecordRow row) {
        BusinessProfile shown = business.get();
        if (row == null || shown == null || shown.records().size() < 2 || work.runningProperty().get()) {
            return;
        }
        long stays = shown.records().stream().mapToLong(RecordDetail::id).filter(id -> id != row.recordId())
                .findFirst().orElseThrow();
        String text = note.get();
        work.run("Could not split the record out", sink -> {
            entities.split(row.recordId(), reviewer, text);
            relinker.relink(sink);
            Long moved = entities.entityOf(row.recordId());
            return new After(entities.profile(entities.entityOf(stays)), String.format("Record %d split out: it is "
                    + "now business #%d. Saved as decisions by %s.", row.recordId(), moved, reviewer));
        }, this::show);
    }

    /** Joins the business on screen with the one whose number is in {@link #mergeWithProperty()}. */
    public void merge() {
        BusinessProfile shown = business.get();
        if (shown == null || work.runningProperty().get()) {
            return;
        }
        long other;
        try {
            other = Long.parseLong(mergeWith.get().strip().replace("#", ""));
        } catch (NumberFormatException e) {
            status.set("Type the number of the business to merge with, e.g. 1234.");
            return;
        }
        long record = shown.records().get(0).id();
        String text = note.get();
        work.run("Could not merge the businesses", sink -> {
            entities.merge(shown.entityId(), other, reviewer, text);
            relinker.relink(sink);
            BusinessProfile now = entities.profile(entities.entityOf(record));
            boolean joined = now.records().size() > shown.records().size();
            return new After(now, joined ? String.format("Businesses #%d and #%d merged. Saved as a decision by %s.",
                    shown.entityId(), other, reviewer) : String.format("Saved, but #%d and #%d stay apart: an earlier "
                    + "\u2018not the same business\u2019 decision keeps them so.", shown.entityId(), other));
        }, this::show);
    }

    private record After(BusinessProfile profile, String message) {
    }

    private void show(After after) {
        note.set("");
        mergeWith.set("");
        display(after.profile());
        status.set(after.message());
    }

    private void display(BusinessProfile p) {
        business.set(p);
        List<RecordRow> rows = new ArrayList<>();
        for (RecordDetail r : p.records()) {
            var v = r.values();
            rows.add(new RecordRow(r.id(), r.sourceName(), first(v.get(CanonicalField.BUSINESS_NAME),
                    v.get(CanonicalField.TRADING_NAME), v.get(CanonicalField.LEGAL_NAME)),
                    first(v.get(CanonicalField.ADDRESS), join(v.get(CanonicalField.HOUSE_NUMBER),
                            v.get(CanonicalField.STREET))), first(v.get(CanonicalField.POSTCODE)),
                    first(v.get(CanonicalField.PHONE)), first(v.get(CanonicalField.AGENCY_REF)), p.reasonFor(r.id())));
        }
        records.setAll(rows);
        List<String> lines = new ArrayList<>();
        for (Decision d : p.decisions()) {
            lines.add(String.format("%s  %s%s by %s%s", d.decidedAt().toString().replace('T', ' '), words(d),
                    d.action() == null ? "" : d.action() == Decision.Action.SPLIT ? " (split out)" : " (merged)",
                    d.reviewer(), d.note() == null ? "" : ": \u201c" + d.note() + "\u201d"));
        }
        decisions.setAll(lines.isEmpty() ? List.of("No decisions about these records yet.") : lines);
        headline.set(String.format("Business #%d: %d record%s from %d agenc%s", p.entityId(), p.records().size(),
                p.records().size() == 1 ? "" : "s", p.agencies(), p.agencies() == 1 ? "y" : "ies"));
    }

    private static String words(Decision d) {
        return switch (d.verdict()) {
            case SAME -> "same business";
            case DIFFERENT -> "not the same business";
            case UNSURE -> "unsure";
            case RETRACTED -> "withdrawn";
        };
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String join(String a, String b) {
        return (first(a) + " " + first(b)).strip();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The number of the business to merge with, as typed. */
    public StringProperty mergeWithProperty() {
        return mergeWith;
    }

    public ObservableList<BusinessSearch.Hit> results() {
        return results;
    }

    public ObservableList<RecordRow> records() {
        return records;
    }

    /** The decisions about the business's records, oldest first, with who, when and why. */
    public ObservableList<String> decisions() {
        return decisions;
    }

    public ReadOnlyObjectProperty<BusinessProfile> businessProperty() {
        return business.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BackgroundWork work() {
        return work;
    }
}
