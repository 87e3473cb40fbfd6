package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs, briefings, charts, sharing rules and the export log from the command line. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private CliHarness cli;

    @BeforeEach
    void linkedSampleWithOneVisit() {
        cli = new CliHarness(LinkedSample.copyTo(dir.resolve("ws")));
        run(0, "tasking", "add", "1", "--date", "2026-11-24", "--analyst", "tester");
    }

    private String run(int expectedExit, String... args) {
        int before = cli.out.getBuffer().length();
        int code = cli.run(args);
        assertEquals(expectedExit, code, String.join(" ", args) + "\nout: " + cli.out + "\nerr: " + cli.err);
        return cli.out.getBuffer().substring(before);
    }

    @Test
    void packIsWrittenAndLogged() throws Exception {
        Path xlsx = dir.resolve("pack.xlsx");
        String out = run(0, "export", "pack", "--recipient", "fire", "--week", "2026-11-26", "--out", xlsx.toString(),
                "--analyst", "A. Analyst");

        assertTrue(out.contains("Wrote the tasking pack for Fire and rescue"), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            assertEquals(2, wb.getSheet("Tasking list").getLastRowNum() + 1, "header and the one visit");
        }
        String log = run(0, "export", "log");
        assertTrue(log.contains("A. Analyst") && log.contains("FIRE") && log.contains("tasking-pack")
                && log.contains(xlsx.toString()), log);
    }

    @Test
    void briefingsForOneBusinessAreOnePdfPage() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        run(0, "export", "briefings", "--recipient", "PARTNERSHIP_MEETING", "--entity", "1", "--out", pdf.toString());

        assertTrue(Files.size(pdf) > 1000);
        assertTrue(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
    }

    @Test
    void chartIsAPngOfTheStandardSize() throws Exception {
        Path png = dir.resolve("agencies.png");
        run(0, "export", "chart", "agencies", "--out", png.toString());

        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals(620, img.getHeight());
    }

    @Test
    void anUnknownRecipientIsAPlainError() {
        run(1, "export", "pack", "--recipient", "MI5", "--out", dir.resolve("x.xlsx").toString());

        assertTrue(cli.err.toString().contains("Unknown recipient 'MI5'"), cli.err.toString());
    }

    @Test
    void sharingListShowsDefaultsAndSetChangesARule() {
        String list = run(0, "sharing", "list", "--recipient", "FIRE");
        assertTrue(list.contains("HMRC") && list.contains("default held-only"), list);
        assertTrue(list.contains("only that HMRC holds a record"), list);

        String hmrcSource = list.lines().filter(l -> l.contains("HMRC") && l.contains("default held-only"))
                .findFirst().orElseThrow().substring(0, 32).trim();
        String set = run(0, "sharing", "set", hmrcSource, "--full-to", "FIRE,POLICE", "--gateway", "Operation X MoU",
                "--analyst", "tester");
        assertTrue(set.contains("full to [FIRE, POLICE]"), set);

        String after = run(0, "sharing", "list", "--recipient", "FIRE");
        assertTrue(after.contains("Operation X MoU") && after.contains("set by tester"), after);
    }

    @Test
    void entitiesCsvStillExports() throws Exception {
        Path csv = dir.resolve("entities.csv");
        String out = run(0, "export", "entities", "--out", csv.toString());

        assertTrue(out.startsWith("Wrote "), out);
        assertTrue(Files.readAllLines(csv).size() > 1000);
    }
}
