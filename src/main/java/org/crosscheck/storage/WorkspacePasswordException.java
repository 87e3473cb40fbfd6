package org.crosscheck.storage;

import java.nio.file.Path;
import org.crosscheck.domain.WorkbenchException;

/**
 * A password-protected workspace was opened without its password, or with a wrong one. The window asks again;
 * the command line says which options give the password.
 */
public final class WorkspacePasswordException extends WorkbenchException {
    private static final long serialVersionUID = 1L;
    private final transient Path directory;
    private final boolean passwordGiven;

    WorkspacePasswordException(Path directory, boolean passwordGiven, String message, Throwable cause) {
        super(message, cause);
        this.directory = directory;
        this.passwordGiven = passwordGiven;
    }

    /** The workspace folder. */
    public Path directory() {
        return directory;
    }

    /** True when a password was given but was wrong; false when none was given. */
    public boolean isWrongPassword() {
        return passwordGiven;
    }
}
