package org.crosscheck.jobs;

/** A named stage of long work, reported with progress; the UI owns the words shown for each. */
public enum Stage {
    READING,
    CHECKING,
    WRITING,
    STANDARDISING,
    BLOCKING,
    SCORING,
    TRAINING,
    CLUSTERING,
    EXPORTING
}
