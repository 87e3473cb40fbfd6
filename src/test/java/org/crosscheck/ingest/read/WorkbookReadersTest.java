package org.crosscheck.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The streaming .xlsx reader and the .xls reader give the same rows for the same workbook. */
class WorkbookReadersTest {
    @TempDir
    Path dir;

    private Path workbook(String extension) throws IOException {
        Object[][] rows = {
            {"Fire Safety Audits 2024"},
            null,
            {"Premises Ref", "Address", "UPRN", "Tel", "Last Audit", "Score"},
            {"F-001", "12 The Broadway", 100021234567L, 7700900123L, LocalDate.of(2024, 3, 12), 3.5},
            null,
            {"F-002", "Unit 4, Mill Lane", null, "01632 960123", LocalDate.of(2023, 11, 1), 7},
        };
        Path file = dir.resolve("fire." + extension);
        return extension.equals("xlsx") ? TestWorkbooks.xlsx(file, "Audits", rows) : TestWorkbooks.xls(file, "Audits", rows);
    }

    private List<RawRow> readAll(Path file) {
        List<RawRow> rows = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file)) {
            assertEquals(List.of("Audits"), reader.sheetNames());
            reader.read("Audits", rows::add);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void datesComeOutAsIsoAndLongNumbersInFull(String extension) throws IOException {
        List<RawRow> rows = readAll(workbook(extension));
        assertEquals(List.of("F-001", "12 The Broadway", "100021234567", "7700900123", "2024-03-12", "3.5"),
                rows.get(3).cells());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void blankRowsKeepTheSpreadsheetsRowNumbers(String extension) throws IOException {
        List<RawRow> rows = readAll(workbook(extension));
        assertEquals(6, rows.size());
        assertEquals(true, rows.get(1).isBlank());
        assertEquals(6, rows.get(5).rowNumber());
        assertEquals(List.of("F-002", "Unit 4, Mill Lane", "", "01632 960123", "2023-11-01", "7"), rows.get(5).cells());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readingCanStopEarly(String extension) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (TableReader reader = TableReaders.open(workbook(extension))) {
            reader.read("Audits", row -> {
                rows.add(row);
                return rows.size() < 2;
            });
        }
        assertEquals(2, rows.size());
    }
}
