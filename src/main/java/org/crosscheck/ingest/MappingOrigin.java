package org.crosscheck.ingest;

/** Where the mapping an import used came from. */
public enum MappingOrigin {
    /** Given for this import (the wizard's confirmed mapping, or a CLI {@code --mapping} file). */
    GIVEN,
    /** Saved with the source at its last import, reused. */
    SAVED,
    /** Suggested from the headers and values because the source had none. */
    SUGGESTED
}
