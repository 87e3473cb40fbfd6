package org.crosscheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.sampledata.SamplePartnership;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;

/**
 * The sample partnership imported and linked once per test JVM (about 15 s), then copied into each test's own
 * folder so tests that write to it cannot disturb each other.
 */
public final class LinkedSample {
    private static Path template;

    private LinkedSample() {
    }

    /** The folder the sample files and their ground truth were written to. */
    public static synchronized Path sampleFiles() {
        return template().resolve("sample");
    }

    /** A fresh copy of the linked sample workspace in {@code target}, ready to open. */
    public static synchronized Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            Path db = template().resolve("workspace").resolve(Workspace.DB_NAME + ".mv.db");
            Files.copy(db, target.resolve(Workspace.DB_NAME + ".mv.db"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    private static Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("crosscheck-linked-sample");
                Path data = dir.resolve("sample");
                Files.createDirectories(data);
                var files = SamplePartnership.writeDefault(data);
                try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
                    new SampleWorkspaceLoader(new ImportService(ws)).load(data, files, ProgressSink.NONE);
                    new LinkageService(ws, "test").link(LinkageSettings.defaults(), false, ProgressSink.NONE);
                }
                template = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }
}
