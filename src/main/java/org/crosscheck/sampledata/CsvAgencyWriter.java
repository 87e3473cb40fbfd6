package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an agency table as delimited text in the agency's charset, delimiter and date style, CRLF line
 * endings as Windows tools produce. No value holds a line break, so a record is always one physical line.
 */
final class CsvAgencyWriter {

    private CsvAgencyWriter() {
    }

    static void write(AgencyTable table, Path file, TruthWriter truth) throws IOException {
        AgencyLayout layout = table.layout();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter).setRecordSeparator("\r\n").get();
        String fileName = file.getFileName().toString();
        try (Writer writer = new OutputStreamWriter(
                new java.io.BufferedOutputStream(Files.newOutputStream(file)), layout.charset);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            if (layout.hasBom) {
                writer.write('\uFEFF');
            }
            int line = 1;
            for (String title : layout.titleLines) {
                if (title.isEmpty()) {
                    printer.println();
                } else {
                    printer.printRecord(title);
                }
                line++;
            }
            List<String> headers = new ArrayList<>();
            for (Column column : layout.columns) {
                headers.add(column.header());
            }
            printer.printRecord(headers);
            line++;
            for (AgencyTable.Row row : table.rows()) {
                List<String> values = new ArrayList<>(row.cells().size());
                for (Object cell : row.cells()) {
                    values.add(text(cell, layout));
                }
                printer.printRecord(values);
                truth.record(fileName, "", line, row.ref(), row.businessId());
                line++;
            }
            for (String footer : layout.footer.apply(table.rows().size())) {
                printer.printRecord(footer);
            }
        }
    }

    private static String text(Object cell, AgencyLayout layout) {
        if (cell == null) {
            return null; // printed as nothing; an empty string would be quoted at the start of a record
        }
        if (cell instanceof LocalDate) {
            return layout.csvDates.format((LocalDate) cell);
        }
        return cell.toString();
    }
}
