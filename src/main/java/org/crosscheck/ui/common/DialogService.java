package org.crosscheck.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the app shows goes through here, so that view models can be tested with a mock. */
public interface DialogService {

    /** Shows a plain message for a failure; the stack trace goes to the log and a collapsed "Details" section. */
    void showError(String title, Throwable error);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a spreadsheet to import; empty when the analyst cancels. */
    Optional<Path> chooseSpreadsheet(Path startFolder);

    /** Asks for a folder; empty when the analyst cancels. */
    Optional<Path> chooseFolder(String title, Path startFolder);

    /**
     * Asks where to save a file, suggesting {@code suggestedName} (already safe as a file name); empty when the
     * analyst cancels. {@code extension} is without the dot, e.g. "xlsx".
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);
}
