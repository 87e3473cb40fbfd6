package org.crosscheck.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.domain.RecordSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessSearchTest {
    private static final List<RecordSummary> ROWS = List.of(
            new RecordSummary(1, 10L, "Food", "The Silver Tandoori", "19 Cobden Terrace, Brackford", "BK2 6UT",
                    "01632 960585"),
            new RecordSummary(2, 10L, "HMRC", "KAREN YILMAZ", null, "BK2 6UT", null),
            new RecordSummary(3, 20L, "Food", "Fresh Kebab House", "15 Wellington Place, Brackford", "BK2 4WA",
                    "+44 1632 960810"),
            new RecordSummary(4, 30L, "Fire", "Golden Wok", "3 Mill Lane, Brackford", "BK7 4RL", "07700 900123"),
            new RecordSummary(5, null, "Police", "Kebab Palace", "2 Mill Lane", "BK7 4RL", null));

    @ParameterizedTest
    @CsvSource(textBlock = """
        # query,                 first record found
        silver tandoori,         1
        Silvr Tandori,           1
        kebab hous,              3
        wellington,              3
        bk24wa,                  3
        BK2 4WB,                 3
        01632 960810,            3
        1632960801,              3
        07700 900123,            4
        golden wok mill lane,    4
        kebab palace,            5
        """)
    void findsTheBusinessDespiteTyposAndSpacing(String query, long record) {
        assertEquals(record, new BusinessSearch(ROWS).search(query, 5).get(0).record().recordId());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        zebra crossing
        09999 123456
        """)
    void findsNothingUnrelated(String query) {
        assertEquals(List.of(), new BusinessSearch(ROWS).search(query, 5));
    }

    @org.junit.jupiter.api.Test
    void aBusinessIsListedOnceWithItsRecordCount() {
        var hits = new BusinessSearch(ROWS).search("BK2 6UT", 5);
        assertEquals(1, hits.size());
        assertEquals(2, hits.get(0).records());
    }
}
