package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.ingest.read.RawRow;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    private static RawRow row(int n, String... cells) {
        return new RawRow(n, List.of(cells));
    }

    @Test
    void findsTheHeaderBelowTitleRows() {
        List<RawRow> rows = List.of(
                row(1, "Brackford Fire and Rescue Service"),
                row(2, "Fire safety audits, extracted 01/03/2024"),
                row(3),
                row(4, "Premises Ref", "Address", "Post Code", "Risk"),
                row(5, "F-001", "12 The Broadway", "BK1 2AB", "High"));
        HeaderRow header = HeaderDetector.detect(rows).orElseThrow();
        assertEquals(4, header.rowNumber());
        assertEquals(List.of("Premises Ref", "Address", "Post Code", "Risk"), header.names());
    }

    @Test
    void prefersTheHeaderToATextOnlyDataRowBelowIt() {
        List<RawRow> rows = List.of(
                row(1, "Name", "Street", "Town"),
                row(2, "Golden Dragon", "High Street", "Brackford"));
        assertEquals(1, HeaderDetector.detect(rows).orElseThrow().rowNumber());
    }

    @Test
    void namesBlankAndRepeatedHeadersSoEveryColumnCanBeMapped() {
        HeaderRow header = HeaderDetector.toHeader(row(1, "Address", "", "Address", "Tel"));
        assertEquals(List.of("Address", "Column B", "Address (2)", "Tel"), header.names());
    }

    @Test
    void findsNothingWhenNoRowReadsLikeColumnNames() {
        List<RawRow> rows = List.of(row(1, "12345", "BK1 2AB"), row(2, "67890", "BK2 3CD"));
        assertTrue(HeaderDetector.detect(rows).isEmpty());
    }
}
