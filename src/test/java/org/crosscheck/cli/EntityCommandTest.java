package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.Verdict;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Businesses from the command line: search, show, split a record out, merge two back, each an audited decision. */
class EntityCommandTest {
    @TempDir
    Path dir;
    private CliHarness cli;
    private long food1;
    private long fire1;

    @BeforeEach
    void linkTwoAgencies() throws IOException {
        cli = new CliHarness(dir.resolve("ws"));
        StringBuilder food = new StringBuilder("FHRSID,Premises Name,Address,Post Code\n");
        StringBuilder fire = new StringBuilder("Ref,Occupier,Address,Postcode\n");
        for (int i = 1; i <= 30; i++) {
            String pc = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            food.append(i).append(",Cafe Number ").append(i * 7919).append(',').append(i).append(" High Street,")
                    .append(pc).append('\n');
            fire.append('F').append(i).append(",CAFE NUMBER ").append(i * 7919).append(" LTD,").append(i)
                    .append(" High St,").append(pc.replace(" ", "")).append('\n');
        }
        assertEquals(0, cli.run("import", Files.writeString(dir.resolve("food.csv"), food).toString(), "--source",
                "Food", "--kind", "FOOD_HYGIENE"));
        assertEquals(0, cli.run("import", Files.writeString(dir.resolve("fire.csv"), fire).toString(), "--source",
                "Fire", "--kind", "FIRE"));
        assertEquals(0, cli.run("link"), cli.err.toString());
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            food1 = ws.records().idOf(ws.sources().findByName("Food").orElseThrow().id(), "ref:1");
            fire1 = ws.records().idOf(ws.sources().findByName("Fire").orElseThrow().id(), "ref:F1");
        }
    }

    private Long entityOf(long record) {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            return ws.linkage().entityOf(record);
        }
    }

    @Test
    void searchFindsTheBusinessDespiteATypoAndShowShowsBothAgencies() {
        int before = cli.out.toString().length();
        assertEquals(0, cli.run("search", "cafe numbr 7919"));
        String found = cli.out.toString().substring(before);
        assertTrue(found.startsWith("business #" + entityOf(food1) + " "), found);
        assertEquals(0, cli.run("entity", "show", Long.toString(entityOf(food1))));
        assertTrue(cli.out.toString().contains("2 records from 2 agencies"), cli.out.toString());
        // each record says why it is in the business
        assertTrue(cli.out.toString().contains("why: Linked to "), cli.out.toString());
    }

    @Test
    void splitThenMergeAreDecisionsWithTheirAuditTrailAndTheRelinkObeysThem() {
        assertEquals(entityOf(food1), entityOf(fire1));
        assertEquals(0, cli.run("entity", "split", Long.toString(fire1), "--reviewer", "ana", "--note", "moved"),
                cli.err.toString());
        assertNotEquals(entityOf(food1), entityOf(fire1));

        assertEquals(0, cli.run("entity", "merge", Long.toString(entityOf(food1)), Long.toString(entityOf(fire1)),
                "--reviewer", "bob", "--note", "same after all"), cli.err.toString());
        assertEquals(entityOf(food1), entityOf(fire1));
        assertTrue(cli.out.toString().contains("They are now one business"), cli.out.toString());

        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<Decision> d = ws.linkage().decisions();
            assertEquals(List.of(Verdict.DIFFERENT, Verdict.SAME), d.stream().map(Decision::verdict).toList());
            assertEquals(List.of(Decision.Action.SPLIT, Decision.Action.MERGE),
                    d.stream().map(Decision::action).toList());
            assertEquals(List.of("ana", "bob"), d.stream().map(Decision::reviewer).toList());
            assertEquals(List.of("moved", "same after all"), d.stream().map(Decision::note).toList());
        }
        assertEquals(0, cli.run("review", "history", "--out", dir.resolve("history.csv").toString()));
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve("history.csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(lines.get(1).contains(",ana,") && lines.get(1).endsWith(",split out,moved"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",merge,same after all"), lines.get(2));
    }
}
