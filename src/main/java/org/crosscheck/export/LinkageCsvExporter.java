package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.LinkageRepository;

/** Writes the latest run's entities and scored pairs as CSV (UTF-8 with a byte-order mark, so Excel reads it). */
public final class LinkageCsvExporter {
    private final LinkageRepository linkage;

    public LinkageCsvExporter(LinkageRepository linkage) {
        this.linkage = linkage;
    }

    /** One row per linked record: entity_id, source, local_ref, sheet, row, name, address, postcode. */
    public int exportEntities(Path out) {
        int[] rows = {0};
        write(out, new String[] {"entity_id", "record_id", "source", "record_key", "local_ref", "sheet", "row", "name",
            "address", "postcode"}, printer -> linkage.forEachEntityRecord(r -> {
                print(printer, r.entityId(), r.recordId(), r.sourceName(), r.recordKey(), r.agencyRef(), r.sheet(),
                        r.row(), r.name(), r.address(), r.postcode());
                rows[0]++;
            }));
        return rows[0];
    }

    /** One row per stored pair: both records' keys, probability, weight, band and each comparison's level/weight. */
    public int exportPairs(Path out) {
        Map<Long, String[]> labels = linkage.recordLabels();
        int[] rows = {0};
        write(out, new String[] {"left_record_id", "left_source", "left_key", "right_record_id", "right_source",
            "right_key", "probability", "match_weight", "band", "strong_against", "strong_for", "comparisons"},
                printer -> linkage.forEachPair(p -> {
                    String[] l = labels.getOrDefault(p.leftRecordId(), new String[] {"", ""});
                    String[] r = labels.getOrDefault(p.rightRecordId(), new String[] {"", ""});
                    print(printer, p.leftRecordId(), l[0], l[1], p.rightRecordId(), r[0], r[1],
                            String.format(java.util.Locale.ROOT, "%.6f", p.probability()),
                            String.format(java.util.Locale.ROOT, "%.3f", p.weight()), p.band(), p.strongAgainst(),
                            p.strongFor(), p.explanation());
                    rows[0]++;
                }));
        return rows[0];
    }

    private interface Body {
        void write(CSVPrinter printer);
    }

    private static void write(Path out, String[] header, Body body) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\ufeff');
            try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
                body.write(printer);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new WorkbenchException("Cannot write " + out + ": " + e.getMessage()
                    + ". Check the folder exists and the file is not open in Excel.", e);
        }
    }

    private static void print(CSVPrinter printer, Object... values) {
        try {
            for (Object v : values) {
                printer.print(v instanceof String s ? CsvCells.safe(s) : v);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
