package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.ingest.mapping.ColumnSuggestion;
import org.crosscheck.sampledata.SampleFile;
import org.crosscheck.sampledata.SamplePartnership;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapping suggestion accuracy on every sample-data file: for each column the suggested field is the one the
 * ground truth names (or none), and the header row and sheet are found without help.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataMappingTest {
    private Path dir;
    private List<SampleFile> files;
    private Workspace workspace;

    @BeforeAll
    void writeSampleData(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        files = SamplePartnership.writeDefault(dir.resolve("sample"));
        workspace = Workspace.open(dir.resolve("ws"));
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @TestFactory
    List<DynamicTest> everyColumnOfEverySampleFileIsSuggestedAsTheTruthSays() throws IOException {
        Map<String, Map<String, CanonicalField>> truth = readTruth(dir.resolve("sample/truth/mappings.csv"));
        Map<String, Integer> headerRows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("sample/truth/sources.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                headerRows.put(r.get("file"), Integer.parseInt(r.get("header_row")));
            }
        }
        ImportService service = new ImportService(workspace);
        List<DynamicTest> tests = new ArrayList<>();
        for (SampleFile f : files) {
            tests.add(DynamicTest.dynamicTest(f.fileName(), () -> {
                SheetPreview p = service.preview(dir.resolve("sample").resolve(f.fileName()), null, null, null, f.kind());
                if (f.sheet() != null) {
                    assertEquals(f.sheet(), p.sheet(), "sheet chosen");
                }
                assertEquals(headerRows.get(f.fileName()), p.header().rowNumber(), "header row");
                Map<String, CanonicalField> expected = truth.get(f.fileName());
                Map<String, CanonicalField> actual = new LinkedHashMap<>();
                for (ColumnSuggestion s : p.suggestions()) {
                    actual.put(s.header(), s.field());
                }
                assertEquals(expected, actual);
            }));
        }
        return tests;
    }

    private static Map<String, Map<String, CanonicalField>> readTruth(Path file) throws IOException {
        Map<String, Map<String, CanonicalField>> truth = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String field = r.get("field");
                truth.computeIfAbsent(r.get("file"), k -> new LinkedHashMap<>())
                        .put(r.get("header"), field.isBlank() ? null : CanonicalField.valueOf(field));
            }
        }
        return truth;
    }
}
