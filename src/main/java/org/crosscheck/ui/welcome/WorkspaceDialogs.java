package org.crosscheck.ui.welcome;

import java.nio.file.Path;
import java.util.Optional;

/** The workspace dialogs (new workspace, password), behind an interface so that tests can answer them. */
public interface WorkspaceDialogs {
    /** Asks where to create a new workspace and whether to protect it; empty when the analyst cancels. */
    Optional<NewWorkspaceRequest> askNewWorkspace(Path suggestedFolder);

    /**
     * Asks for a protected workspace's password; empty when the analyst cancels.
     *
     * @param wrongBefore true when the last password given was wrong (the dialog says so)
     */
    Optional<char[]> askPassword(Path folder, boolean wrongBefore);
}
