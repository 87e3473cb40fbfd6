package org.crosscheck.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.domain.WorkbenchException;

/**
 * Reads a delimited text file (.csv, .txt, .tsv): encoding from {@link TextEncoding}, delimiter (comma, semicolon,
 * tab or pipe) from the first lines. Row numbers are CSV record numbers, which are line numbers unless a quoted
 * cell spans lines.
 */
public final class CsvTableReader implements TableReader {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final long size;
    private CountingInputStream counter;

    public CsvTableReader(Path file) throws IOException {
        this.file = file;
        this.encoding = TextEncoding.detect(file);
        this.size = Files.size(file);
        this.delimiter = detectDelimiter(sampleLines());
    }

    public char delimiter() {
        return delimiter;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(file.getFileName().toString());
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = open(); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(CellText.clean(value));
                }
                if (!handler.onRow(new RawRow((int) record.getRecordNumber(), cells))) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new WorkbenchException("The file " + file.getFileName() + " could not be read as text with '"
                    + printable(delimiter) + "' between columns: " + rootMessage(e)
                    + ". Check the quotes on that line, or save the file again from Excel as CSV.", e);
        }
    }

    @Override
    public double fractionRead() {
        return counter == null || size == 0 ? -1 : Math.min(1.0, counter.count() / (double) size);
    }

    @Override
    public void close() {
        // each read opens and closes its own stream
    }

    private Reader open() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        counter = new CountingInputStream(in);
        return new BufferedReader(new InputStreamReader(counter, encoding.charset()), 64 * 1024);
    }

    private List<String> sampleLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(open())) {
            String line;
            while (lines.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        counter = null;
        return lines;
    }

    /**
     * Picks the delimiter that splits the most sample lines into the same number (more than one) of columns:
     * title lines above the header have none, so consistency beats a raw count.
     */
    static char detectDelimiter(List<String> lines) {
        char best = ',';
        int bestLines = 0;
        int bestColumns = 0;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> linesPerCount = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, d);
                if (count > 0) {
                    linesPerCount.merge(count, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : linesPerCount.entrySet()) {
                if (e.getValue() > bestLines || (e.getValue() == bestLines && e.getKey() > bestColumns)) {
                    best = d;
                    bestLines = e.getValue();
                    bestColumns = e.getKey();
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String printable(char d) {
        return d == '\t' ? "tab" : String.valueOf(d);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
