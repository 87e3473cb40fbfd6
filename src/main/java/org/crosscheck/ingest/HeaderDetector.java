package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.crosscheck.ingest.mapping.HeaderVocabulary;
import org.crosscheck.ingest.read.RawRow;

/**
 * Finds the header row below any title rows. Each of the first rows is scored by how many of its cells read like
 * column names (short text, not numbers, dates or postcodes), with known agency header names counting double;
 * the best scoring row wins, the earliest on a tie, provided it has at least two such cells.
 */
public final class HeaderDetector {
    /** How many rows from the top are searched. */
    public static final int SEARCH_ROWS = 30;

    private HeaderDetector() {
    }

    public static Optional<HeaderRow> detect(List<RawRow> topRows) {
        RawRow best = null;
        double bestScore = 0;
        int searched = 0;
        for (RawRow row : topRows) {
            if (searched++ >= SEARCH_ROWS) {
                break;
            }
            double score = score(row);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best == null || bestScore < 2 ? Optional.empty() : Optional.of(toHeader(best));
    }

    /** Uses the given row as the header, as when the analyst picks it by hand. */
    public static HeaderRow toHeader(RawRow row) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int last = row.cells().size() - 1;
        while (last >= 0 && row.cell(last).isEmpty()) {
            last--;
        }
        for (int c = 0; c <= last; c++) {
            String name = row.cell(c).replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                name = "Column " + CellReference.convertNumToColString(c);
            }
            int n = seen.merge(name.toLowerCase(), 1, Integer::sum);
            names.add(n == 1 ? name : name + " (" + n + ")");
        }
        return new HeaderRow(row.rowNumber(), names);
    }

    static double score(RawRow row) {
        int texty = 0;
        int known = 0;
        for (String cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            if (looksLikeHeaderText(cell)) {
                texty++;
                if (HeaderVocabulary.isKnownHeader(cell)) {
                    known++;
                }
            }
        }
        return texty < 2 ? 0 : texty + known;
    }

    private static boolean looksLikeHeaderText(String cell) {
        return cell.length() <= 60 && cell.chars().anyMatch(Character::isLetter)
                && !cell.matches(".*\\d{3,}.*") && !cell.contains("@")
                && !cell.matches("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    }
}
