package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        # text,               expected
        2024-03-12,            2024-03-12
        2024-03-12T10:15:00,   2024-03-12
        12/03/2024,            2024-03-12
        1/3/2024,              2024-03-01
        12-03-2024,            2024-03-12
        12.03.2024,            2024-03-12
        12/03/24,              2024-03-12
        12/03/87,              1987-03-12
        12 Mar 2024,           2024-03-12
        12 March 2024,         2024-03-12
        12th March 2024,       2024-03-12
        12-Mar-2024,           2024-03-12
        45363,                 2024-03-12
        """)
    void readsTheWaysAgenciesWriteDates(String text, LocalDate expected) {
        assertEquals(expected, DateParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "soon", "31/02/2024", "13/13/2024", "12345678", "Awaiting inspection", "2024-13-01"})
    void givesNullForWhatIsNotADate(String text) {
        assertNull(DateParser.parse(text));
    }
}
