package org.crosscheck.ui.welcome;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.ui.common.WorkspaceActions;

/** The welcome screen's state: the recent workspaces, and the four ways to a workspace. */
public final class WelcomeViewModel {
    private final WorkspaceActions actions;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObjectProperty<Path> selectedRecent = new SimpleObjectProperty<>();

    public WelcomeViewModel(WorkspaceActions actions) {
        this.actions = actions;
        recent.setAll(actions.recentWorkspaces());
    }

    public void openSample() {
        actions.openSample();
    }

    public void createWorkspace() {
        actions.createWorkspace();
    }

    public void chooseWorkspace() {
        actions.chooseWorkspace();
    }

    /** Opens the selected recent workspace; nothing when none is selected. */
    public void openSelected() {
        if (selectedRecent.get() != null) {
            actions.openWorkspace(selectedRecent.get());
        }
    }

    public void showPreferences() {
        actions.showPreferences();
    }

    public ObservableList<Path> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ObjectProperty<Path> selectedRecentProperty() {
        return selectedRecent;
    }
}
