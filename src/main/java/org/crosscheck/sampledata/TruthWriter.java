package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Collects the ground truth while the agency files are written and saves it beside them in {@code truth/}:
 * records.csv, mappings.csv, sources.csv, businesses.csv and associations.csv (UTF-8, no BOM, LF endings).
 */
final class TruthWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final List<List<Object>> records = new ArrayList<>();
    private final List<List<Object>> mappings = new ArrayList<>();
    private final List<List<Object>> sources = new ArrayList<>();

    /** One data row: {@code row} is the 1-based Excel row, or the 1-based physical line of a CSV file. */
    void record(String file, String sheet, int row, String agencyRef, String businessId) {
        records.add(Arrays.asList(file, sheet, row, agencyRef, businessId));
    }

    void source(String file, String sourceName, String kind, String sheet, int headerRow) {
        sources.add(Arrays.asList(file, sourceName, kind, sheet, headerRow));
    }

    void mappings(String file, String sheet, List<Column> columns) {
        for (Column column : columns) {
            mappings.add(Arrays.asList(file, sheet, column.header(),
                    column.field() == null ? "" : column.field().name()));
        }
    }

    void writeAll(Path truthDir, BusinessFactory.Population population) throws IOException {
        Files.createDirectories(truthDir);
        write(truthDir.resolve("records.csv"), List.of("file", "sheet", "row", "agency_ref", "business_id"), records);
        write(truthDir.resolve("mappings.csv"), List.of("file", "sheet", "header", "field"), mappings);
        write(truthDir.resolve("sources.csv"), List.of("file", "source_name", "agency_kind", "sheet", "header_row"),
                sources);
        List<List<Object>> businesses = new ArrayList<>();
        for (Business b : population.businesses()) {
            Address a = b.address();
            businesses.add(Arrays.asList(b.id(), b.tradingName(), b.legalName(), b.companyNumber(),
                    b.type().label(), a.oneLine(), a.postcode(), a.uprn(), b.owner().id(), b.owner().fullName(),
                    b.owner().mobile(), b.landline(), b.email(), b.chain(), b.dissolved() ? "dissolved" : "active"));
        }
        write(truthDir.resolve("businesses.csv"), List.of("business_id", "name", "legal_name", "company_number",
                "business_type", "address", "postcode", "uprn", "owner_id", "owner_name", "owner_phone", "landline",
                "email", "chain", "status"), businesses);
        List<List<Object>> associations = new ArrayList<>();
        for (Association association : population.associations()) {
            associations.add(Arrays.asList(association.businessA(), association.businessB(), association.kind()));
        }
        write(truthDir.resolve("associations.csv"), List.of("business_id_a", "business_id_b", "kind"), associations);
    }

    private static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
