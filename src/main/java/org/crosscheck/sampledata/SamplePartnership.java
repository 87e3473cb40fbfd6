package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic multi-agency partnership for the fictional town of Brackford: ten agencies'
 * spreadsheets (xlsx, xls and csv, each with its own headers, quirks and risk scale) about one shared
 * population of businesses, plus the ground truth in {@code truth/} that says which true business every
 * row is and which field every column should be mapped to.
 *
 * <p>The same seed and business count always give byte-identical CSV and truth files and identical cell
 * contents in the workbooks. Not thread-safe across calls writing to the same folder.
 */
public final class SamplePartnership {

    /** The seed of the committed sample data. */
    public static final long DEFAULT_SEED = 20_241_001L;

    /** Businesses in the committed sample data. */
    public static final int DEFAULT_BUSINESS_COUNT = 3_000;

    private static final Logger LOG = LoggerFactory.getLogger(SamplePartnership.class);

    private SamplePartnership() {
    }

    /**
     * Writes every agency file and the {@code truth/} folder into {@code dir}, creating it if needed and
     * overwriting files of the same names.
     *
     * @param dir           output folder
     * @param businessCount true businesses in the town, at least 100; 100,000 works for benchmarks
     * @param seed          random seed; equal seeds give equal output
     * @return the agency files written, in a fixed order
     * @throws IOException if a file cannot be written
     */
    public static List<SampleFile> write(Path dir, int businessCount, long seed) throws IOException {
        if (businessCount < 100) {
            throw new IllegalArgumentException("businessCount must be at least 100, was " + businessCount);
        }
        Files.createDirectories(dir);
        BusinessFactory.Population population = new BusinessFactory(new Random(seed),
                BusinessFactory.townScaleFor(businessCount)).create(businessCount);
        TruthWriter truth = new TruthWriter();
        List<SampleFile> files = new ArrayList<>();
        List<AgencyLayout> layouts = AgencyCatalogue.all();
        for (int i = 0; i < layouts.size(); i++) {
            AgencyLayout layout = layouts.get(i);
            // One independent stream per agency, so adding a column to one file leaves the others unchanged.
            Random random = new Random(seed * 1_000_003L + 7_919L * (i + 1));
            AgencyTable table = AgencyExtractor.extract(layout, population.businesses(), random);
            FileFormat format = layout.format;
            int lastRow = layout.headerRow() + table.rows().size() + layout.footer.apply(0).size();
            if (format == FileFormat.XLS && lastRow > FileFormat.XLS_MAX_ROWS) {
                // .xls stops at 65,536 rows; a big run writes this agency as .xlsx rather than lose rows.
                format = FileFormat.XLSX;
                LOG.info("{} has {} rows, too many for .xls; writing .xlsx instead", layout.sourceName,
                        table.rows().size());
            }
            String fileName = layout.baseName + "." + format.extension();
            Path file = dir.resolve(fileName);
            if (format == FileFormat.CSV) {
                CsvAgencyWriter.write(table, file, truth);
            } else {
                WorkbookAgencyWriter.write(table, file, format, truth);
            }
            String sheet = format == FileFormat.CSV ? null : layout.sheet;
            truth.source(fileName, layout.sourceName, layout.kind.name(), sheet == null ? "" : sheet,
                    layout.headerRow());
            truth.mappings(fileName, sheet == null ? "" : sheet, layout.columns);
            files.add(new SampleFile(fileName, layout.sourceName, layout.kind, sheet));
        }
        truth.writeAll(dir.resolve("truth"), population);
        LOG.info("Wrote sample partnership: {} businesses, {} agency files, seed {}, into {}", businessCount,
                files.size(), seed, dir);
        return List.copyOf(files);
    }

    /**
     * Writes the committed sample: {@value #DEFAULT_BUSINESS_COUNT} businesses with {@link #DEFAULT_SEED}.
     *
     * @param dir output folder
     * @return the agency files written
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<SampleFile> writeDefault(Path dir) {
        try {
            return write(dir, DEFAULT_BUSINESS_COUNT, DEFAULT_SEED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sample partnership into " + dir, e);
        }
    }
}
