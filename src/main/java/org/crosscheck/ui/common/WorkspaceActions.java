package org.crosscheck.ui.common;

import java.nio.file.Path;
import java.util.List;

/**
 * What the welcome screen and the main window's File menu can do with workspaces. The app implements it (it owns
 * the open workspace and the window); screens only forward the analyst's choice.
 */
public interface WorkspaceActions {
    /** Does nothing: for screens shown without the app around them (tests). */
    WorkspaceActions NONE = new WorkspaceActions() {
        @Override
        public void openSample() {
        }

        @Override
        public void createWorkspace() {
        }

        @Override
        public void chooseWorkspace() {
        }

        @Override
        public void openWorkspace(Path folder) {
        }

        @Override
        public void showPreferences() {
        }

        @Override
        public List<Path> recentWorkspaces() {
            return List.of();
        }
    };

    /** Opens the sample partnership's own workspace, loading the sample into it the first time. */
    void openSample();

    /** Asks for a folder (and an optional password) and creates a new workspace there. */
    void createWorkspace();

    /** Asks for a workspace folder and opens it. */
    void chooseWorkspace();

    /** Opens a known workspace folder (from the recent list). */
    void openWorkspace(Path folder);

    /** Shows the Preferences dialog. */
    void showPreferences();

    /** Workspaces opened before, newest first. */
    List<Path> recentWorkspaces();
}
