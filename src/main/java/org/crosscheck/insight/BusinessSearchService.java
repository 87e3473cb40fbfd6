package org.crosscheck.insight;

import java.util.List;
import org.crosscheck.storage.Workspace;

/**
 * Business search over a workspace: reads every current record in brief once, and again only after a new
 * linkage run or import (the run id or the record count changed). Call from a worker thread; thread-safe.
 */
public final class BusinessSearchService {
    private final Workspace workspace;
    private BusinessSearch index;
    private String indexedState = "";

    public BusinessSearchService(Workspace workspace) {
        this.workspace = workspace;
    }

    public synchronized List<BusinessSearch.Hit> search(String text, int limit) {
        String state = workspace.linkage().lastRun().map(r -> Long.toString(r.id())).orElse("-") + "/"
                + workspace.records().countAll();
        if (index == null || !state.equals(indexedState)) {
            index = new BusinessSearch(workspace.records().summaries());
            indexedState = state;
        }
        return index.search(text, limit);
    }
}
