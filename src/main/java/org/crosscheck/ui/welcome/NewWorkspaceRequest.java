package org.crosscheck.ui.welcome;

import java.nio.file.Path;

/**
 * A new workspace the analyst asked for: its folder, and its password or null for none.
 *
 * @param folder   where the workspace is created; must not already hold one
 * @param password the password protecting it (the file is then encrypted), or null
 */
public record NewWorkspaceRequest(Path folder, char[] password) {
    public boolean isProtected() {
        return password != null && password.length > 0;
    }
}
