package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review decisions from the command line: decide, see the next link obey, export the history. */
class ReviewCommandTest {
    @TempDir
    Path dir;
    private CliHarness cli;
    private StringWriter out;
    private StringWriter err;

    @org.junit.jupiter.api.BeforeEach
    void harness() {
        cli = new CliHarness(dir.resolve("ws"));
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aNotAMatchFromTheCommandLineSplitsThePairAtTheNextLink() throws IOException {
        StringBuilder food = new StringBuilder("FHRSID,Premises Name,Address,Post Code\n");
        StringBuilder fire = new StringBuilder("Ref,Occupier,Address,Postcode\n");
        for (int i = 1; i <= 30; i++) {
            String pc = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            food.append(i).append(",Cafe Number ").append(i * 7919).append(',').append(i).append(" High Street,")
                    .append(pc).append('\n');
            fire.append('F').append(i).append(",CAFE NUMBER ").append(i * 7919).append(" LTD,").append(i)
                    .append(" High St,").append(pc.replace(" ", "")).append('\n');
        }
        assertEquals(0, run("import", Files.writeString(dir.resolve("food.csv"), food).toString(), "--source", "Food",
                "--kind", "FOOD_HYGIENE"));
        assertEquals(0, run("import", Files.writeString(dir.resolve("fire.csv"), fire).toString(), "--source", "Fire",
                "--kind", "FIRE"));
        assertEquals(0, run("link"), err.toString());
        long food1;
        long fire1;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            food1 = ws.records().idOf(ws.sources().findByName("Food").orElseThrow().id(), "ref:1");
            fire1 = ws.records().idOf(ws.sources().findByName("Fire").orElseThrow().id(), "ref:F1");
            Map<Long, Long> entities = ws.linkage().currentEntities();
            assertEquals(entities.get(food1), entities.get(fire1));
        }
        assertEquals(0, run("review", "decide", Long.toString(food1), Long.toString(fire1), "different", "--note",
                "two businesses"), err.toString());
        assertEquals(0, run("link"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Map<Long, Long> entities = ws.linkage().currentEntities();
            assertNotEquals(entities.get(food1), entities.get(fire1));
        }
        assertEquals(0, run("review", "history", "--out", dir.resolve("history.csv").toString()));
        List<String> lines = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("DIFFERENT,HUMAN"), lines.get(1));
        assertTrue(lines.get(1).endsWith("two businesses"), lines.get(1));
    }

    @Test
    void anUnknownRecordIdIsAPlainError() {
        assertEquals(0, run("sources"));
        assertEquals(CommandLineRunner.USER_ERROR, run("review", "decide", "998", "999", "same"));
        assertTrue(err.toString().contains("There is no record with id 998"), err.toString());
    }
}
