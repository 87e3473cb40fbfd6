package org.crosscheck.export;

import java.nio.file.Path;

/** What an export wrote: the file, how many businesses, how many agency records withheld, its size and time taken. */
public record ExportResult(Path file, int businesses, int withheld, long bytes, long millis) {
}
