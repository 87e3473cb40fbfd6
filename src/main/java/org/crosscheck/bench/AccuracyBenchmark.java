package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.LinkRunSummary;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.evaluate.PairwiseEvaluation;
import org.crosscheck.sampledata.SampleFile;
import org.crosscheck.sampledata.SamplePartnership;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;

/**
 * Measures linkage accuracy the way a user would get it: files imported with suggested mappings, linked with
 * default settings, no review. Against the sample partnership's ground truth, and against the Fodors-Zagat
 * restaurants benchmark (only its columns mapped; nothing tuned to it).
 */
public final class AccuracyBenchmark {
    private AccuracyBenchmark() {
    }

    /** The outcome of one accuracy run. */
    public record Result(String dataset, int records, LinkRunSummary run, PairwiseEvaluation evaluation) {
    }

    /** Writes the default sample partnership to {@code dir}, imports it into a workspace there, links, scores. */
    public static Result samplePartnership(Path dir) {
        try {
            Path data = dir.resolve("sample");
            Files.createDirectories(data);
            List<SampleFile> files = SamplePartnership.writeDefault(data);
            try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
                new SampleWorkspaceLoader(new ImportService(ws)).load(data, files, ProgressSink.NONE);
                LinkRunSummary run = new LinkageService(ws, "benchmark").link(LinkageSettings.defaults(), false,
                        ProgressSink.NONE);
                Map<String, String> byLocation = SampleTruth.businessByLocation(data);
                Map<Long, String> truth = new HashMap<>();
                ws.linkage().recordLocations().forEach((id, location) -> {
                    String business = byLocation.get(location);
                    if (business != null) {
                        truth.put(id, business);
                    }
                });
                PairwiseEvaluation e = PairwiseEvaluation.of(ws.linkage().currentEntities(), truth, (a, b) -> true);
                return new Result("sample partnership", run.records(), run, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports {@code fodors.csv} and {@code zagats.csv} from {@code benchmarkDir} as two sources, links, and scores
     * the pairs across the two sources against {@code matches_fodors_zagats.csv}.
     */
    public static Result fodorsZagat(Path benchmarkDir, Path workDir) {
        try (Workspace ws = Workspace.open(workDir.resolve("fodors-zagat"))) {
            ImportService imports = new ImportService(ws);
            imports.importFile(ImportRequest.of(benchmarkDir.resolve("fodors.csv"), "Fodors", AgencyKind.OTHER),
                    ProgressSink.NONE);
            imports.importFile(ImportRequest.of(benchmarkDir.resolve("zagats.csv"), "Zagat", AgencyKind.OTHER),
                    ProgressSink.NONE);
            LinkRunSummary run = new LinkageService(ws, "benchmark").link(LinkageSettings.defaults(), false,
                    ProgressSink.NONE);
            int fodors = ws.sources().findByName("Fodors").orElseThrow().id();
            Map<Long, Integer> sourceOf = new HashMap<>();
            Map<String, Long> idOf = new HashMap<>();
            for (StoredRecord r : ws.linkage().currentRecords()) {
                sourceOf.put(r.id(), r.sourceId());
                idOf.put((r.sourceId() == fodors ? "f" : "z") + r.value(org.crosscheck.domain.CanonicalField.AGENCY_REF),
                        r.id());
            }
            Map<Long, String> truth = new HashMap<>();
            for (var row : SampleTruth.read(benchmarkDir.resolve("matches_fodors_zagats.csv"))) {
                Long f = idOf.get("f" + row.get("fodors_id"));
                Long z = idOf.get("z" + row.get("zagats_id"));
                truth.put(f, "pair" + row.getRecordNumber());
                truth.put(z, "pair" + row.getRecordNumber());
            }
            PairwiseEvaluation e = PairwiseEvaluation.of(ws.linkage().currentEntities(), truth,
                    (a, b) -> !sourceOf.get(a).equals(sourceOf.get(b)));
            return new Result("Fodors-Zagat", run.records(), run, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
