package org.crosscheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The sample partnership's ground truth: which real business each row of each agency file is. Read from the
 * generator's {@code truth/records.csv} and {@code truth/sources.csv}, keyed the way stored records are located
 * ("source name|row number").
 */
public final class SampleTruth {
    private SampleTruth() {
    }

    public static Map<String, String> businessByLocation(Path sampleDir) throws IOException {
        Map<String, String> sourceOfFile = new HashMap<>();
        for (CSVRecord r : read(sampleDir.resolve("truth/sources.csv"))) {
            sourceOfFile.put(r.get("file"), r.get("source_name"));
        }
        Map<String, String> truth = new HashMap<>();
        for (CSVRecord r : read(sampleDir.resolve("truth/records.csv"))) {
            truth.put(sourceOfFile.get(r.get("file")) + "|" + r.get("row"), r.get("business_id"));
        }
        return truth;
    }

    public static Iterable<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
