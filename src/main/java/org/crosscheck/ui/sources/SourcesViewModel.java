package org.crosscheck.ui.sources;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.domain.ImportBatchInfo;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.SourceSummary;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.BackgroundWork;

/**
 * The Sources screen's state: every source with its counts and staleness, the selected source's import history,
 * and the problems of the selected import. Loads run in the background.
 */
public final class SourcesViewModel {
    /** Days after which a source's latest import counts as stale. */
    public static final int DEFAULT_STALE_DAYS = 30;

    private final Workspace workspace;
    private final BackgroundWork work;
    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final ObservableList<ImportBatchInfo> batches = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<SourceSummary> selectedSource = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportBatchInfo> selectedBatch = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper totalRecords = new ReadOnlyIntegerWrapper();
    private int staleDays = DEFAULT_STALE_DAYS;
    private final SampleWorkspaceLoader sampleLoader;
    private final Path sampleFolder;

    public SourcesViewModel(Workspace workspace, BackgroundWork work, SampleWorkspaceLoader sampleLoader,
                            Path sampleFolder) {
        this.workspace = workspace;
        this.work = work;
        this.sampleLoader = sampleLoader;
        this.sampleFolder = sampleFolder;
        selectedSource.addListener((obs, old, now) -> loadBatches(now));
        selectedBatch.addListener((obs, old, now) -> loadProblems(now));
    }

    /** Reloads the list, keeping the selection where the source still exists. */
    public void refresh() {
        Integer keep = selectedSource.get() == null ? null : selectedSource.get().source().id();
        work.run("Could not read the sources", sink -> workspace.sources().listSummaries(), list -> {
            sources.setAll(list);
            totalRecords.set(list.stream().mapToInt(SourceSummary::currentRecords).sum());
            if (keep != null) {
                list.stream().filter(s -> s.source().id() == keep).findFirst().ifPresent(selectedSource::set);
            }
        });
    }

    /**
     * Writes the synthetic sample partnership into the workspace folder and imports each agency file, as a new
     * user's first step; the list refreshes when it is done.
     */
    public void loadSample() {
        work.run("The sample partnership could not be loaded", sink -> sampleLoader.generateAndLoad(sampleFolder, sink),
                results -> refresh());
    }

    private void loadBatches(SourceSummary source) {
        batches.clear();
        problems.clear();
        if (source == null) {
            return;
        }
        work.run("Could not read the import history", sink -> workspace.sources().batches(source.source().id()),
                list -> {
                    batches.setAll(list);
                    if (!list.isEmpty()) {
                        selectedBatch.set(list.get(0));
                    }
                });
    }

    private void loadProblems(ImportBatchInfo batch) {
        problems.clear();
        if (batch == null) {
            return;
        }
        work.run("Could not read the import's problems", sink -> workspace.imports().problems(batch.id()),
                (List<ImportProblem> list) -> problems.setAll(list));
    }

    public boolean isStale(SourceSummary s) {
        return s.isStale(LocalDateTime.now(), staleDays);
    }

    /** Days after which a source counts as stale (from the Preferences); set before the screen is shown. */
    public void setStaleDays(int days) {
        this.staleDays = days;
    }

    public int staleDays() {
        return staleDays;
    }

    public ObservableList<SourceSummary> sources() {
        return sources;
    }

    public ObservableList<ImportBatchInfo> batches() {
        return batches;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObjectProperty<SourceSummary> selectedSourceProperty() {
        return selectedSource;
    }

    public ObjectProperty<ImportBatchInfo> selectedBatchProperty() {
        return selectedBatch;
    }

    public ReadOnlyIntegerProperty totalRecordsProperty() {
        return totalRecords.getReadOnlyProperty();
    }
}
