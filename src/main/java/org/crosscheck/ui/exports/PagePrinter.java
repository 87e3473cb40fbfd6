package org.crosscheck.ui.exports;

import java.util.List;
import java.util.Optional;

/** Sends page images to a printer the analyst chooses; tests replace it. */
public interface PagePrinter {
    /**
     * Shows the system print dialog and prints the pages (PNG bytes, one per page) if the analyst confirms.
     * Called on the FX thread.
     *
     * @return the printer's name, or empty when the analyst cancelled or no printer is installed
     */
    Optional<String> print(String jobName, List<byte[]> pages);
}
