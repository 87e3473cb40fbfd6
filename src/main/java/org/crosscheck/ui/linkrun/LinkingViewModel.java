package org.crosscheck.ui.linkrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.linkage.LinkRunSummary;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.block.BlockingResult;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Linking screen's state: thresholds, the run and relink commands (in the background, with progress and
 * cancel), and the latest run's summary as label/value lines.
 */
public final class LinkingViewModel {
    private final LinkageService linkage;
    private final BackgroundWork work;
    private final DoubleProperty matchThreshold = new SimpleDoubleProperty(LinkageSettings.defaults().matchThreshold());
    private final DoubleProperty reviewThreshold = new SimpleDoubleProperty(LinkageSettings.defaults().reviewThreshold());
    private final ReadOnlyObjectWrapper<LinkRunSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String[]> figures = FXCollections.observableArrayList();
    private final ObservableList<BlockingResult.RuleCount> rules = FXCollections.observableArrayList();

    public LinkingViewModel(LinkageService linkage, BackgroundWork work) {
        this.linkage = linkage;
        this.work = work;
        summary.addListener((obs, old, now) -> show(now));
    }

    /** Loads the latest run's summary, if any. */
    public void load() {
        work.run("Could not read the last linkage run", sink -> linkage.lastSummary().orElse(null), summary::set);
    }

    /** Links every record from scratch (training a new model), or only changed records when {@code incremental}. */
    public void run(boolean incremental) {
        LinkageSettings settings = LinkageSettings.defaults().withThresholds(matchThreshold.get(), reviewThreshold.get());
        work.run("Linking failed; the previous results are unchanged", sink -> linkage.link(settings, incremental, sink),
                summary::set);
    }

    public void cancel() {
        work.cancel();
    }

    private void show(LinkRunSummary s) {
        figures.clear();
        rules.clear();
        if (s == null) {
            return;
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(row("Run", s.runId() + (s.incremental() ? " (changed records only)" : " (all records)")));
        lines.add(row("Records linked", String.format("%,d", s.records())));
        lines.add(row("Candidate pairs compared", String.format("%,d (%,d compared in this run)", s.candidatePairs(),
                s.rescoredPairs())));
        lines.add(row("Linked automatically", String.format("%,d pairs", s.autoLinks())));
        lines.add(row("Waiting for review", String.format("%,d pairs", s.reviewPairs())));
        lines.add(row("Links refused (would chain different businesses)", String.format("%,d", s.refusedLinks())));
        lines.add(row("Businesses", String.format("%,d", s.entities())));
        int[] a = s.businessesByAgencies();
        lines.add(row("Known to 1 / 2 / 3 / 4+ agencies", String.format("%,d / %,d / %,d / %,d", a[0], a[1], a[2], a[3])));
        lines.add(row("Networks (shared mobile, contact, company)", String.format("%,d links", s.associations())));
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, Long> e : s.stageMillis().entrySet()) {
            times.append(times.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format("%.1f s", e.getValue() / 1000.0));
        }
        lines.add(row("Time taken", String.format("%.1f s (%s)", s.totalMillis() / 1000.0, times)));
        figures.setAll(lines);
        rules.setAll(s.perRule());
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    public DoubleProperty matchThresholdProperty() {
        return matchThreshold;
    }

    public DoubleProperty reviewThresholdProperty() {
        return reviewThreshold;
    }

    public ReadOnlyObjectProperty<LinkRunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String[]> figures() {
        return figures;
    }

    public ObservableList<BlockingResult.RuleCount> rules() {
        return rules;
    }

    public BackgroundWork work() {
        return work;
    }
}
