package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line works headless, prints what it did, and fails with a plain message and a non-zero code. */
class CommandLineTest {
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

    private Path foodCsv() throws IOException {
        return Files.writeString(dir.resolve("food.csv"), "FHRSID,Premises Name,Post Code,Rating\n"
                + "1,Alpha Cafe,BK1 1AA,1\n2,Beta Bar,BK1 1AB,5\n\nTotal: 2\n");
    }

    @Test
    void importPrintsTheMappingItUsedAndTheSkippedRows() throws IOException {
        int code = run("import", foodCsv().toString(), "--source", "Food", "--kind", "food_hygiene");
        assertEquals(0, code, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Mapping used (suggested):"), printed);
        assertTrue(printed.contains("Premises Name                    -> BUSINESS_NAME"), printed);
        assertTrue(printed.contains("Rows read 4; imported 2; skipped 2"), printed);
        assertTrue(printed.contains("row 5: skipped, totals or notes row ('Total: 2')"), printed);
    }

    @Test
    void secondImportReusesTheSavedMappingAndSourcesListsIt() throws IOException {
        run("import", foodCsv().toString(), "--source", "Food", "--kind", "FOOD_HYGIENE");
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", foodCsv().toString(), "--source", "Food"));
        assertTrue(out.toString().contains("Mapping used (saved):"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("sources"));
        assertTrue(out.toString().contains("Food"), out.toString());
        assertTrue(out.toString().contains("FOOD_HYGIENE"), out.toString());
    }

    @Test
    void mappingFileOverridesTheSuggestion() throws IOException {
        Path mapping = Files.writeString(dir.resolve("m.json"),
                "{\"columns\": {\"Premises Name\": \"TRADING_NAME\", \"Post Code\": \"POSTCODE\"}}");
        assertEquals(0, run("import", foodCsv().toString(), "--source", "Food", "--kind", "FOOD_HYGIENE",
                "--mapping", mapping.toString()));
        assertTrue(out.toString().contains("Mapping used (given):"), out.toString());
        assertTrue(out.toString().contains("-> TRADING_NAME"), out.toString());
    }

    @Test
    void badMappingFileGivesAPlainMessage() throws IOException {
        Path mapping = Files.writeString(dir.resolve("m.json"), "{\"columns\": {\"Premises Name\": \"SHOP\"}}");
        int code = run("import", foodCsv().toString(), "--source", "Food", "--kind", "FOOD_HYGIENE", "--mapping",
                mapping.toString());
        assertEquals(CommandLineRunner.USER_ERROR, code);
        assertTrue(err.toString().startsWith("crosscheck: The mapping file m.json: column 'Premises Name' is mapped "
                + "to 'SHOP', which is not a field."), err.toString());
    }

    @Test
    void missingFileFailsWithAPlainMessageAndNonZeroCode() {
        int code = run("import", dir.resolve("nope.xlsx").toString(), "--source", "Food", "--kind", "FOOD_HYGIENE");
        assertEquals(CommandLineRunner.USER_ERROR, code);
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void newSourceWithoutAKindAsksForOne() throws IOException {
        int code = run("import", foodCsv().toString(), "--source", "Food");
        assertEquals(CommandLineRunner.USER_ERROR, code);
        assertTrue(err.toString().contains("say which kind of agency"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("import", "--bogus"));
    }
}
