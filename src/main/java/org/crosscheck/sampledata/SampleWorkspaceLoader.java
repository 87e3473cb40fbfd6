package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportResult;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;

/**
 * Fills a workspace with the sample partnership: writes the agency files (or uses the ones in a folder given)
 * and imports each into its source with the mapping suggested from its headers, as a new user would.
 */
public final class SampleWorkspaceLoader {
    private final ImportService imports;
    private final LinkageService linkage;
    private final LinkageSettings settings;

    public SampleWorkspaceLoader(ImportService imports) {
        this(imports, null, null);
    }

    private SampleWorkspaceLoader(ImportService imports, LinkageService linkage, LinkageSettings settings) {
        this.imports = imports;
        this.linkage = linkage;
        this.settings = settings;
    }

    /**
     * A loader that links the partnership once it is imported, so that a new user exploring it finds businesses,
     * a review queue and a picture on every screen, not a request to run a link first.
     */
    public SampleWorkspaceLoader thenLinking(LinkageService linkage, LinkageSettings settings) {
        return new SampleWorkspaceLoader(imports, linkage, settings);
    }

    /** Generates the default sample partnership into {@code folder}, imports every file of it, and links if asked. */
    public List<ImportResult> generateAndLoad(Path folder, ProgressSink sink) {
        try {
            Files.createDirectories(folder);
            List<SampleFile> files = SamplePartnership.writeDefault(folder);
            List<ImportResult> results = load(folder, files, sink);
            if (linkage != null) {
                linkage.link(settings, false, sink);
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample partnership to " + folder, e);
        }
    }

    /** Imports the given sample files from {@code folder}, one source each. */
    public List<ImportResult> load(Path folder, List<SampleFile> files, ProgressSink sink) {
        List<ImportResult> results = new ArrayList<>();
        int done = 0;
        for (SampleFile f : files) {
            sink.checkCancelled();
            sink.progress(Stage.WRITING, done++, files.size());
            results.add(imports.importFile(ImportRequest.of(folder.resolve(f.fileName()), f.sourceName(), f.kind())
                    .withSheet(f.sheet()), ProgressSink.NONE));
        }
        sink.progress(Stage.WRITING, files.size(), files.size());
        return results;
    }
}
