package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.domain.Verdict;
import org.crosscheck.export.LinkageCsvExporter;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking a small partnership end to end: import, link, decide, relink, export. */
class LinkageServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private LinkageService linkage;

    @BeforeEach
    void importTwoAgencies() throws IOException {
        workspace = Workspace.open(dir.resolve("ws"));
        linkage = new LinkageService(workspace, "test");
        StringBuilder food = new StringBuilder("FHRSID,Premises Name,Address,Post Code,Tel\n");
        StringBuilder fire = new StringBuilder("Ref,Occupier,Premises Address,Postcode,Contact Number\n");
        for (int i = 1; i <= 60; i++) {
            String postcode = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            food.append(i).append(",Shop ").append(names(i)).append(" Ltd,").append(i).append(" High Street,")
                    .append(postcode).append(",07700 9").append(String.format("%05d", i)).append('\n');
            if (i % 2 == 0) {
                fire.append("F").append(i).append(",SHOP ").append(names(i).toUpperCase()).append(" LIMITED,")
                        .append(i).append(" High St,").append(postcode.replace(" ", "")).append(",+44 7700 9")
                        .append(String.format("%05d", i)).append('\n');
            }
        }
        ImportService imports = new ImportService(workspace);
        imports.importFile(ImportRequest.of(Files.writeString(dir.resolve("food.csv"), food), "Food",
                AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
        imports.importFile(ImportRequest.of(Files.writeString(dir.resolve("fire.csv"), fire), "Fire",
                AgencyKind.FIRE), ProgressSink.NONE);
    }

    private static String names(int i) {
        String[] words = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"};
        return words[i % 10] + " " + words[(i / 10) % 10] + i;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Map<Long, Long> entities() {
        return workspace.linkage().currentEntities();
    }

    private long recordId(String source, String key) {
        int id = workspace.sources().findByName(source).orElseThrow().id();
        return workspace.records().idOf(id, key);
    }

    @Test
    void linksTheSameBusinessAcrossAgenciesAndCountsIt() {
        LinkRunSummary s = linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        assertEquals(90, s.records());
        assertEquals(60, s.entities());
        assertEquals(30, s.businessesByAgencies()[1]);
        assertEquals(entities().get(recordId("Food", "ref:2")), entities().get(recordId("Fire", "ref:F2")));
        assertTrue(s.stageMillis().containsKey("score"));
    }

    @Test
    void aHumanNotAMatchSplitsThePairAndSurvivesARelink() {
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        int food = workspace.sources().findByName("Food").orElseThrow().id();
        int fire = workspace.sources().findByName("Fire").orElseThrow().id();
        workspace.linkage().appendDecision(new Decision(0, food, "ref:2", fire, "ref:F2", Verdict.DIFFERENT,
                Decision.Origin.HUMAN, "analyst", LocalDateTime.now(), "different owners"));
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        assertNotEquals(entities().get(recordId("Food", "ref:2")), entities().get(recordId("Fire", "ref:F2")));
        assertEquals(entities().get(recordId("Food", "ref:4")), entities().get(recordId("Fire", "ref:F4")));
    }

    @Test
    void entityIdsStayTheSameAcrossRelinks() {
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        Map<Long, Long> first = entities();
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        assertEquals(first, entities());
    }

    @Test
    void anIncrementalRelinkScoresOnlyPairsOfChangedRecords() throws IOException {
        LinkRunSummary full = linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        List<String> lines = Files.readAllLines(dir.resolve("fire.csv"));
        lines.set(1, lines.get(1).replace("High St", "High Street"));
        new ImportService(workspace).importFile(ImportRequest.of(Files.write(dir.resolve("fire2.csv"), lines), "Fire",
                null), ProgressSink.NONE);
        LinkRunSummary incremental = linkage.link(LinkageSettings.defaults(), true, ProgressSink.NONE);
        assertTrue(incremental.incremental());
        assertTrue(incremental.rescoredPairs() < full.rescoredPairs() / 4,
                incremental.rescoredPairs() + " of " + full.rescoredPairs() + " pairs scored again");
        assertEquals(full.entities(), incremental.entities());
    }

    @Test
    void aRelinkByAnotherVersionLinksEveryRecordAfresh() {
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);

        LinkRunSummary relink = new LinkageService(workspace, "next").link(LinkageSettings.defaults(), true,
                ProgressSink.NONE);

        assertFalse(relink.incremental());
    }

    @Test
    void exportsEntitiesAndPairsAsCsv() throws IOException {
        linkage.link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        LinkageCsvExporter exporter = new LinkageCsvExporter(workspace.linkage());
        assertEquals(90, exporter.exportEntities(dir.resolve("entities.csv")));
        List<String> entities = Files.readAllLines(dir.resolve("entities.csv"));
        assertEquals("\ufeffentity_id,record_id,source,record_key,local_ref,sheet,row,name,address,postcode",
                entities.get(0));
        assertTrue(exporter.exportPairs(dir.resolve("pairs.csv")) >= 30);
        String pairHeader = Files.readAllLines(dir.resolve("pairs.csv")).get(0);
        assertTrue(pairHeader.endsWith("probability,match_weight,band,strong_against,strong_for,comparisons"));
    }

    @Test
    void storedRecordsCarryTheirAgencyKind() {
        List<StoredRecord> records = workspace.linkage().currentRecords();
        assertEquals(AgencyKind.FOOD_HYGIENE, records.get(0).kind());
    }
}
