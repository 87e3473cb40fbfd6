package org.crosscheck.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
    @TempDir
    Path dir;

    private List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (CsvTableReader reader = new CsvTableReader(file)) {
            reader.read(reader.sheetNames().get(0), rows::add);
        }
        return rows;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMarkFromTheFirstHeader() throws IOException {
        byte[] body = "Premises Name,Post Code\nCafé Rouge,UB1 3AB\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        List<RawRow> rows = readAll(write("bom.csv", bytes));
        assertEquals(List.of("Premises Name", "Post Code"), rows.get(0).cells());
        assertEquals(List.of("Café Rouge", "UB1 3AB"), rows.get(1).cells());
    }

    @Test
    void windows1252IsDetectedWhenTheFileIsNotValidUtf8() throws IOException {
        Path file = write("ansi.csv", "Name,Rateable Value\nThe Crêpe Shop,£12,000\n".replace("£12,000", "\"£12,000\"")
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("The Crêpe Shop", "£12,000"), readAll(file).get(1).cells());
    }

    @Test
    void semicolonDelimiterIsDetectedBelowTitleLines() throws IOException {
        Path file = write("semi.csv", ("Licensing register\nExtracted 01/03/2024\nRef;Name;Postcode\n"
                + "L1;Kebab Hut;UB1 1AA\nL2;Pizza Go;UB2 2BB\n").getBytes(StandardCharsets.UTF_8));
        List<RawRow> rows = readAll(file);
        assertEquals(List.of("Ref", "Name", "Postcode"), rows.get(2).cells());
        assertEquals(3, rows.get(2).rowNumber());
    }

    @Test
    void tabDelimiterIsDetected() throws IOException {
        Path file = write("tab.txt", "Ref\tName\tTel\n1\tA, B and Co\t0161 496 0000\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1", "A, B and Co", "0161 496 0000"), readAll(file).get(1).cells());
    }

    @Test
    void quotedCellsKeepDelimitersAndLineBreaks() throws IOException {
        Path file = write("quoted.csv", "Name,Address\n\"Smith, Jones & Co\",\"12 High St\nSouthall\"\nNext,1 Road\n"
                .getBytes(StandardCharsets.UTF_8));
        List<RawRow> rows = readAll(file);
        assertEquals(List.of("Smith, Jones & Co", "12 High St\nSouthall"), rows.get(1).cells());
        assertEquals(3, rows.get(2).rowNumber());
    }

    @Test
    void blankLinesAreReportedSoThatRowNumbersStayExact() throws IOException {
        Path file = write("blank.csv", "Name,Town\n\nA,Ealing\n".getBytes(StandardCharsets.UTF_8));
        List<RawRow> rows = readAll(file);
        assertEquals(3, rows.size());
        assertEquals(true, rows.get(1).isBlank());
        assertEquals(3, rows.get(2).rowNumber());
    }
}
