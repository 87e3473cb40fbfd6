package org.crosscheck.ui.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.charts.WaterfallChart;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.Verdict;
import org.crosscheck.review.QueuedPair;
import org.crosscheck.review.ReviewItem;
import org.crosscheck.review.ReviewService;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DisplayNames;

/**
 * The review screen's state: the queue, the pair on screen laid out field by field, its explanation, progress,
 * and the decision commands (match, not a match, unsure, previous, next, undo). Each decision is saved before
 * the next pair is shown.
 */
public final class ReviewViewModel {
    private final ReviewService review;
    private final BackgroundWork work;
    private final String reviewer;
    private final List<QueuedPair> all = new ArrayList<>();
    private final List<QueuedPair> queue = new ArrayList<>();
    private final ObservableList<SourcePair> sourcePairs = FXCollections.observableArrayList();
    private final ObjectProperty<SourcePair> sourcePair = new SimpleObjectProperty<>(SourcePair.ALL);
    static final String ALL_AREAS = "All areas";
    static final String WARD_PREFIX = "Ward: ";
    private final ObservableList<String> areas = FXCollections.observableArrayList(ALL_AREAS);
    private final javafx.beans.property.StringProperty area = new javafx.beans.property.SimpleStringProperty(ALL_AREAS);
    private final Map<Long, java.util.Set<String>> areaOfRecord = new java.util.HashMap<>();
    private final DoubleProperty minProbability = new SimpleDoubleProperty(0);
    private final DoubleProperty maxProbability = new SimpleDoubleProperty(1);
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private Map<String, Verdict> verdicts = Map.of();
    private final Deque<Decision> undoStack = new ArrayDeque<>();
    private final java.util.Set<String> redecided = new java.util.HashSet<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<ReviewItem> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> cells = FXCollections.observableArrayList();
    private final ObservableList<PairExplainer.Part> parts = FXCollections.observableArrayList();
    private final ObservableList<String> context = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<WaterfallChart.Step>> waterfall = new ReadOnlyObjectWrapper<>(List.of());

    /** Re-estimates the model from the decisions and links again (linkage's "learn from my decisions"). */
    @FunctionalInterface
    public interface Learner {
        org.crosscheck.linkage.LearnSummary learn(org.crosscheck.jobs.ProgressSink sink);
    }

    private final Learner learner;
    private final ReadOnlyStringWrapper learnt = new ReadOnlyStringWrapper("");

    public ReviewViewModel(ReviewService review, BackgroundWork work, String reviewer) {
        this(review, work, reviewer, null);
    }

    /** @param learner "learn from my decisions", or null where it is not offered */
    public ReviewViewModel(ReviewService review, BackgroundWork work, String reviewer, Learner learner) {
        this.learner = learner;
        this.review = review;
        this.work = work;
        this.reviewer = reviewer;
        sourcePair.addListener((obs, old, now) -> applyFilters());
        area.addListener((obs, old, now) -> applyFilters());
        minProbability.addListener((obs, old, now) -> applyFilters());
        maxProbability.addListener((obs, old, now) -> applyFilters());
        blind.addListener((obs, old, now) -> {
            if (current.get() != null) {
                display(current.get());
            }
        });
    }

    /** Two sources whose pairs to review, or all pairs. */
    public record SourcePair(int a, int b, String label) {
        static final SourcePair ALL = new SourcePair(-1, -1, "All source pairs");

        boolean includes(QueuedPair q) {
            return a < 0 || (q.leftSourceId() == a && q.rightSourceId() == b)
                    || (q.leftSourceId() == b && q.rightSourceId() == a);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Loads the queue and shows the first undecided pair. */
    public void load() {
        work.run("Could not load the review queue", sink -> new Loaded(review.queue(), review.latestVerdicts(),
                review.sourceNames(), review.postcodesAndWards()), loaded -> {
                    all.clear();
                    all.addAll(loaded.queue());
                    redecided.clear();
                    verdicts = undecidedIfChanged(loaded.verdicts());
                    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
                    List<SourcePair> pairs = new ArrayList<>();
                    pairs.add(SourcePair.ALL);
                    for (QueuedPair q : all) {
                        int a = Math.min(q.leftSourceId(), q.rightSourceId());
                        int b = Math.max(q.leftSourceId(), q.rightSourceId());
                        if (seen.add(a + "-" + b)) {
                            pairs.add(new SourcePair(a, b, loaded.names().getOrDefault(a, "?") + " ↔ "
                                    + loaded.names().getOrDefault(b, "?")));
                        }
                    }
                    sourcePairs.setAll(pairs);
                    showAreas(loaded.places());
                    applyFilters();
                });
    }

    /**
     * Verdicts as the screen treats them: a pair flagged "changed since decided" counts as undecided until it is
     * decided again on this screen.
     */
    private Map<String, Verdict> undecidedIfChanged(Map<String, Verdict> latest) {
        Map<String, Verdict> out = new java.util.HashMap<>(latest);
        all.stream().filter(q -> q.reason() == QueuedPair.Reason.CHANGED_SINCE_DECIDED && !redecided.contains(q.key()))
                .forEach(q -> out.remove(q.key()));
        return out;
    }

    private record Loaded(List<QueuedPair> queue, Map<String, Verdict> verdicts, Map<Integer, String> names,
                          Map<Long, String[]> places) {
    }

    /** The areas the queue's records lie in: postcode districts, and wards where a file gives them. */
    private void showAreas(Map<Long, String[]> places) {
        areaOfRecord.clear();
        java.util.SortedSet<String> districts = new java.util.TreeSet<>();
        java.util.SortedSet<String> wardNames = new java.util.TreeSet<>();
        for (QueuedPair q : all) {
            for (long id : new long[] {q.pair().leftRecordId(), q.pair().rightRecordId()}) {
                String[] place = places.getOrDefault(id, new String[2]);
                String district = org.crosscheck.insight.ProfileBuilder.district(place[0]);
                java.util.Set<String> labels = new java.util.HashSet<>();
                if (district != null) {
                    labels.add(district);
                    districts.add(district);
                }
                if (place[1] != null && !place[1].isBlank()) {
                    labels.add(WARD_PREFIX + place[1].trim());
                    wardNames.add(WARD_PREFIX + place[1].trim());
                }
                areaOfRecord.put(id, labels);
            }
        }
        List<String> choices = new ArrayList<>();
        choices.add(ALL_AREAS);
        choices.addAll(districts);
        choices.addAll(wardNames);
        areas.setAll(choices);
        if (!choices.contains(area.get())) {
            area.set(ALL_AREAS);
        }
    }

    private boolean inArea(QueuedPair q) {
        String chosen = area.get();
        return chosen == null || ALL_AREAS.equals(chosen)
                || areaOfRecord.getOrDefault(q.pair().leftRecordId(), java.util.Set.of()).contains(chosen)
                || areaOfRecord.getOrDefault(q.pair().rightRecordId(), java.util.Set.of()).contains(chosen);
    }

    private void applyFilters() {
        queue.clear();
        SourcePair only = sourcePair.get() == null ? SourcePair.ALL : sourcePair.get();
        for (QueuedPair q : all) {
            double p = q.pair().probability();
            if (only.includes(q) && inArea(q) && p >= minProbability.get() && p <= maxProbability.get()) {
                queue.add(q);
            }
        }
        updateProgress();
        show(0);
    }

    public void next() {
        show(index.get() + 1);
    }

    public void previous() {
        show(index.get() - 1);
    }

    /** True when "learn from my decisions" is offered. */
    public boolean canLearn() {
        return learner != null;
    }

    /** Learns from the decisions so far, links again, says what moved, and reloads the queue. */
    public void learn() {
        if (learner == null || work.runningProperty().get()) {
            return;
        }
        learnt.set("Learning from your decisions and linking again...");
        work.run("Could not learn from the decisions", learner::learn, s -> {
            learnt.set(String.format("Learnt from %,d pairs you said are the same business: %,d of %,d pairs "
                    + "waiting for review left the review band (%,d now linked, %,d now rejected).",
                    s.labelledSame(), s.leftReview(), s.reviewBefore(), s.nowLinked(), s.nowRejected()));
            load();
        });
    }

    /** What the last "learn from my decisions" did, in a sentence; empty before. */
    public ReadOnlyStringProperty learntProperty() {
        return learnt.getReadOnlyProperty();
    }

    /** Saves the verdict on the pair on screen, then moves to the next pair. */
    public void decide(Verdict verdict) {
        ReviewItem item = current.get();
        if (item == null || work.runningProperty().get()) {
            return;
        }
        String text = note.get();
        work.run("The decision could not be saved", sink -> review.decide(item, verdict, reviewer, text), d -> {
            undoStack.push(d);
            redecided.add(ReviewService.keyOf(item));
            verdicts = new java.util.HashMap<>(verdicts);
            verdicts.put(ReviewService.keyOf(item), verdict);
            note.set("");
            updateProgress();
            show(index.get() + 1);
        });
    }

    /** Withdraws the last decision made on this screen and goes back to its pair. */
    public void undo() {
        if (undoStack.isEmpty() || work.runningProperty().get()) {
            return;
        }
        Decision last = undoStack.pop();
        work.run("The decision could not be undone", sink -> {
            review.undo(last, reviewer);
            return review.latestVerdicts();
        }, latest -> {
            verdicts = undecidedIfChanged(latest);
            updateProgress();
            show(Math.max(0, index.get() - 1));
        });
    }

    private void show(int i) {
        if (queue.isEmpty()) {
            current.set(null);
            index.set(-1);
            sentence.set("");
            headline.set(all.isEmpty() ? "Nothing to review: every pair is either linked or rejected. Run a link "
                    + "first if you have not." : "No pair matches the filters.");
            fields.clear();
            cells.clear();
            parts.clear();
            context.clear();
            waterfall.set(List.of());
            return;
        }
        int target = Math.max(0, Math.min(queue.size() - 1, i));
        index.set(target);
        PairScore pair = queue.get(target).pair();
        work.run("Could not show the pair", sink -> review.item(pair), this::display);
    }

    private void display(ReviewItem item) {
        current.set(item);
        List<FieldRow> rows = new ArrayList<>();
        rows.add(new FieldRow("Agency", item.left().sourceName(), item.right().sourceName(), FieldRow.Agreement.NONE));
        for (CanonicalField f : CanonicalField.values()) {
            FieldRow row = FieldRow.of(DisplayNames.of(f), item.left().values().get(f), item.right().values().get(f));
            if (row.agreement() != FieldRow.Agreement.NONE) {
                rows.add(row);
            }
        }
        fields.setAll(rows);
        List<FieldRow> original = new ArrayList<>();
        item.left().originalCells().forEach((h, v) -> original.add(new FieldRow(h, v, "", FieldRow.Agreement.NONE)));
        item.right().originalCells().forEach((h, v) -> original.add(new FieldRow(h, "", v, FieldRow.Agreement.NONE)));
        cells.setAll(original);
        context.setAll(item.context().isEmpty() ? List.of("Neither record is linked with other records yet.")
                : item.context());
        // the stored parts are the comparisons' evidence; the rest of the weight is the prior (and any hard rule)
        double evidence = item.parts().stream().mapToDouble(PairExplainer.Part::bits).sum();
        List<PairExplainer.Part> lines = new ArrayList<>();
        lines.add(new PairExplainer.Part("prior", "starting point: how rarely two records picked at random match"
                + " (and any hard rule)", item.pair().weight() - evidence));
        item.parts().stream().filter(p -> p.bits() != 0).forEach(lines::add);
        lines.add(new PairExplainer.Part("total", String.format("in all: %.0f%% likely the same business",
                item.pair().probability() * 100), item.pair().weight()));
        Verdict v = verdicts.get(ReviewService.keyOf(item));
        // blind review: the score stays hidden until the pair is decided, so it cannot anchor the decision
        boolean hide = blind.get() && v == null;
        parts.setAll(hide ? List.of() : lines);
        waterfall.set(hide ? List.of() : lines.stream().map(p -> new WaterfallChart.Step(barLabel(p.comparison()),
                p.bits())).toList());
        headline.set(String.format("Pair %,d of %,d%s%s%s", index.get() + 1, queue.size(),
                index.get() < queue.size() ? reasonWords(queue.get(index.get()).reason()) : "",
                hide ? "" : String.format(": %.0f%% likely the same business", item.pair().probability() * 100),
                v == null ? "" : " (decided: " + words(v) + ")"));
        sentence.set(hide ? "Blind review: decide from the records; the score shows once you have."
                : org.crosscheck.review.PairSentence.of(item.parts(), item.pair().probability()));
    }

    private void updateProgress() {
        long reviewed = all.stream().filter(q -> verdicts.containsKey(q.key())).count();
        java.util.Map<QueuedPair.Reason, Long> left = new java.util.EnumMap<>(QueuedPair.Reason.class);
        all.stream().filter(q -> !verdicts.containsKey(q.key())).forEach(q -> left.merge(q.reason(), 1L, Long::sum));
        long changed = left.getOrDefault(QueuedPair.Reason.CHANGED_SINCE_DECIDED, 0L);
        progress.set(String.format("%,d of %,d reviewed; left: %s%,d in the review band, %,d automatic links and "
                        + "%,d near misses to check%s", reviewed, all.size(),
                changed == 0 ? "" : String.format("%,d changed since decided, ", changed),
                left.getOrDefault(QueuedPair.Reason.REVIEW_BAND, 0L),
                left.getOrDefault(QueuedPair.Reason.AUTO_LINK, 0L) + left.getOrDefault(QueuedPair.Reason.KEPT_APART, 0L),
                left.getOrDefault(QueuedPair.Reason.NEAR_MISS, 0L),
                queue.size() == all.size() ? "" : String.format(" (%,d shown by the filters)", queue.size())));
    }

    /** A comparison's name as a bar label: "Start (prior)", "Name", ..., "Total". */
    static String barLabel(String comparison) {
        return switch (comparison) {
            case "prior" -> "Start (prior)";
            case "total" -> "Total";
            default -> comparison.isEmpty() ? comparison
                    : Character.toUpperCase(comparison.charAt(0)) + comparison.substring(1);
        };
    }

    /** Why the pair is queued, as a headline suffix; nothing for the review band. */
    static String reasonWords(QueuedPair.Reason reason) {
        return switch (reason) {
            case CHANGED_SINCE_DECIDED -> " [changed since decided]";
            case REVIEW_BAND -> "";
            case KEPT_APART -> " [match kept apart]";
            case AUTO_LINK -> " [automatic link to check]";
            case NEAR_MISS -> " [near miss to check]";
        };
    }

    static String words(Verdict v) {
        return switch (v) {
            case SAME -> "match";
            case DIFFERENT -> "not a match";
            case UNSURE -> "unsure";
            case RETRACTED -> "withdrawn";
        };
    }

    public ObservableList<SourcePair> sourcePairs() {
        return sourcePairs;
    }

    /** Postcode districts and wards of the queue's records, for the area filter ("All areas" first). */
    public ObservableList<String> areas() {
        return areas;
    }

    public javafx.beans.property.StringProperty areaProperty() {
        return area;
    }

    public ObjectProperty<SourcePair> sourcePairProperty() {
        return sourcePair;
    }

    public DoubleProperty minProbabilityProperty() {
        return minProbability;
    }

    public DoubleProperty maxProbabilityProperty() {
        return maxProbability;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public ReadOnlyObjectProperty<ReviewItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<FieldRow> cells() {
        return cells;
    }

    /** Each side's business so far: its other records and its associations. */
    public ObservableList<String> context() {
        return context;
    }

    public ObservableList<PairExplainer.Part> parts() {
        return parts;
    }

    /** The bars of the pair's waterfall chart: the starting point, each comparison, the total; empty if hidden. */
    public ReadOnlyObjectProperty<List<WaterfallChart.Step>> waterfallProperty() {
        return waterfall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The pair's score in one plain sentence. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BackgroundWork work() {
        return work;
    }
}
