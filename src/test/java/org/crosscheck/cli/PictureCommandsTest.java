package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.storage.Workspace;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture, tasking and referrals from the command line, on the linked sample partnership. */
class PictureCommandsTest {
    @TempDir
    Path dir;
    private Path ws;
    private CliHarness cli;

    @BeforeEach
    void linkedSample() {
        ws = LinkedSample.copyTo(dir.resolve("ws"));
        cli = new CliHarness(ws);
    }

    private String run(int expectedExit, String... args) {
        int before = cli.out.getBuffer().length();
        int code = cli.run(args);
        assertEquals(expectedExit, code, String.join(" ", args) + "\nout: " + cli.out + "\nerr: " + cli.err);
        return cli.out.getBuffer().substring(before);
    }

    @Test
    void summaryPrintsTheTableOneFiguresTheOverlapAndTheTrend() {
        String out = run(0, "summary");

        assertTrue(out.contains("Agency records compared"), out);
        assertTrue(Pattern.compile("Businesses with an interest from 3 or more agencies\\s+\\d+").matcher(out).find(),
                out);
        assertTrue(out.contains("Agency overlap"), out);
        assertTrue(out.contains("[1] Food hygiene"), out);
        assertTrue(Pattern.compile("(?m)^\\s+1\\s+\\d{4}-\\d\\d-\\d\\d").matcher(out).find(),
                "the first run's figures are in the trend: " + out);
    }

    @Test
    void businessesFilteredToThreeAgenciesWithAConcernAreWrittenAsCsv() throws Exception {
        Path csv = dir.resolve("three.csv");
        String out = run(0, "businesses", "--min-interest", "3", "--out", csv.toString());

        Matcher m = Pattern.compile("([\\d,]+) businesses match").matcher(out);
        assertTrue(m.find(), out);
        int count = Integer.parseInt(m.group(1).replace(",", ""));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(count + 1, lines.size(), "header and one line per business");
        assertTrue(lines.get(0).startsWith("entity_id,name,"), lines.get(0));
        assertTrue(count > 0);
    }

    @Test
    void aVisitIsPlannedWithSuggestedAgenciesAndASecondPlanClashes() {
        long entity = firstEntityWithConcernFromThree();
        String suggestion = run(0, "tasking", "suggest", Long.toString(entity));
        assertTrue(suggestion.contains("Suggested lead:"), suggestion);
        assertTrue(suggestion.contains("holds "), suggestion);

        assertTrue(run(0, "tasking", "add", Long.toString(entity), "--date", "2026-12-02")
                .contains("Visit 1 added"));
        String second = run(0, "tasking", "add", Long.toString(entity), "--date", "2026-12-09", "--lead", "police",
                "--attend", "police");
        assertTrue(second.contains("CLASH: Also planned"), second);
        String list = run(0, "tasking", "list", "--all");
        assertTrue(list.contains("2 visits") && list.split("CLASH: Also planned", -1).length == 3,
                "each of the two plans names the other: " + list);

        run(1, "tasking", "status", "1", "closed");
        assertTrue(cli.err.toString().contains("it can go to"), cli.err.toString());
        run(0, "tasking", "status", "1", "agreed");
        run(0, "tasking", "status", "1", "visited");
        run(0, "tasking", "outcome", "2", "police", "arrest", "--count", "2");
        String totals = run(0, "tasking", "totals");
        assertTrue(totals.contains("2026-12") && totals.contains("ARREST=2"), totals);
    }

    @Test
    void aReferralWaitsForFeedbackUntilItIsGiven() {
        String add = run(0, "referral", "add", "--place", "Corner shop, 3 Mill Lane", "--officer", "PC Ahmed",
                "--from", "police", "--to", "hmrc", "--indicator", "6", "--details", "second till");
        assertTrue(add.contains("Referral 1 recorded for HMRC"), add);
        assertTrue(run(0, "referral", "list", "--awaiting").contains("1 referrals"));

        run(0, "referral", "feedback", "1", "acted_on", "--note", "VAT visit booked");

        assertTrue(run(0, "referral", "list", "--awaiting").contains("0 referrals"));
        String all = run(0, "referral", "list", "--to", "hmrc");
        assertTrue(all.contains("ACTED_ON") && all.contains("Two tills"), all);
        run(1, "referral", "add", "--officer", "PC Ahmed", "--from", "police", "--to", "hmrc", "--details", "x");
        assertTrue(cli.err.toString().contains("type the address"), cli.err.toString());
    }

    @Test
    void aReferralAboutABusinessIsFiledUnderItsNameAndAddress() {
        long entity = firstEntityWithConcernFromThree();
        String name;
        try (Workspace workspace = Workspace.open(ws)) {
            name = new org.crosscheck.insight.PictureService(workspace).profile(entity).orElseThrow().name();
        }
        run(0, "referral", "add", "--entity", Long.toString(entity), "--officer", "PC Ahmed", "--from", "police",
                "--to", "fire", "--indicator", "7");

        String list = run(0, "referral", "list");
        assertTrue(list.contains("entity " + entity + " (" + name), list);
    }

    @Test
    void networkListsTheBusinessesSharingAMobileOrContact() {
        EntityAssociation link;
        try (Workspace workspace = Workspace.open(ws)) {
            link = workspace.picture().associations().get(0);
        }
        String out = run(0, "network", Long.toString(link.entityA()));

        assertTrue(out.contains("entity " + link.entityB()), out);
        assertTrue(out.contains("same "), out);
        run(1, "network", "99999999");
    }

    private long firstEntityWithConcernFromThree() {
        String out = run(0, "businesses", "--min-interest", "3", "--limit", "1");
        Matcher m = Pattern.compile("(?m)^\\s+(\\d+)\\s{2}").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }
}
