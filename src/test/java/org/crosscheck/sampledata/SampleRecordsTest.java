package org.crosscheck.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory records the link benchmark uses are the records an import of the same sample's files stores. */
class SampleRecordsTest {
    @TempDir
    Path dir;

    @Test
    void generatedRecordsEqualTheImportedFilesAgencyByAgency() throws Exception {
        List<SampleFile> files = SamplePartnership.write(dir.resolve("files"), 300, 7L);
        List<StoredRecord> imported;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            new SampleWorkspaceLoader(new ImportService(ws)).load(dir.resolve("files"), files, ProgressSink.NONE);
            imported = ws.linkage().currentRecords();
        }
        List<StoredRecord> generated = SampleRecords.generate(300, 7L);

        assertEquals(valuesByAgency(imported), valuesByAgency(generated));
    }

    @Test
    void eachGeneratedRecordCarriesTheBusinessTheFilesTruthGivesItsRow() throws Exception {
        List<SampleFile> files = SamplePartnership.write(dir.resolve("files"), 300, 7L);
        Map<AgencyKind, List<String>> fromFiles = new TreeMap<>();
        Map<String, AgencyKind> kindOfFile = new java.util.HashMap<>();
        for (var r : org.crosscheck.bench.SampleTruth.read(dir.resolve("files/truth/sources.csv"))) {
            kindOfFile.put(r.get("file"), AgencyKind.valueOf(r.get("agency_kind")));
        }
        for (var r : org.crosscheck.bench.SampleTruth.read(dir.resolve("files/truth/records.csv"))) {
            fromFiles.computeIfAbsent(kindOfFile.get(r.get("file")), k -> new java.util.ArrayList<>())
                    .add(r.get("business_id"));
        }

        SampleRecords.WithTruth generated = SampleRecords.generateWithTruth(300, 7L);
        Map<AgencyKind, List<String>> fromMemory = generated.records().stream().collect(Collectors.groupingBy(
                StoredRecord::kind, TreeMap::new,
                Collectors.mapping(r -> generated.businessOf().get(r.id()), Collectors.toList())));

        assertEquals(files.size(), fromFiles.size());
        assertEquals(fromFiles, fromMemory);
    }

    private static Map<AgencyKind, List<String>> valuesByAgency(List<StoredRecord> records) {
        return records.stream().collect(Collectors.groupingBy(StoredRecord::kind, TreeMap::new,
                Collectors.mapping(r -> new TreeMap<>(r.values()).toString(),
                        Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().toList()))));
    }
}
