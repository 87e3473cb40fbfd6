package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.Verdict;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.ExplanationFormatter;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue brings back a decided pair whose record a refresh changed, flagged, once, at the front. */
class ReviewServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private ReviewService review;
    private String fire;

    @BeforeEach
    void linkTwoAgencies() throws IOException {
        workspace = Workspace.open(dir.resolve("ws"));
        StringBuilder food = new StringBuilder("FHRSID,Premises Name,Address,Post Code\n");
        StringBuilder fireCsv = new StringBuilder("Ref,Occupier,Address,Postcode\n");
        for (int i = 1; i <= 20; i++) {
            String pc = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            food.append(i).append(",Cafe Number ").append(i * 7919).append(',').append(i).append(" High Street,")
                    .append(pc).append('\n');
            fireCsv.append('F').append(i).append(",CAFE NUMBER ").append(i * 7919).append(" LTD,").append(i)
                    .append(" High St,").append(pc.replace(" ", "")).append('\n');
        }
        fire = fireCsv.toString();
        ImportService imports = new ImportService(workspace);
        imports.importFile(ImportRequest.of(Files.writeString(dir.resolve("food.csv"), food), "Food",
                AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
        imports.importFile(ImportRequest.of(Files.writeString(dir.resolve("fire.csv"), fire), "Fire",
                AgencyKind.FIRE), ProgressSink.NONE);
        new LinkageService(workspace, "test").link(LinkageSettings.defaults(), false, ProgressSink.NONE);
        review = new ReviewService(workspace, new ExplanationFormatter());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long id(String source, String key) {
        return workspace.records().idOf(workspace.sources().findByName(source).orElseThrow().id(), key);
    }

    private List<QueuedPair> changed() {
        return review.queue().stream().filter(q -> q.reason() == QueuedPair.Reason.CHANGED_SINCE_DECIDED).toList();
    }

    @Test
    void aDecidedPairWhoseRecordChangedInARefreshComesBackFlaggedAtTheFront() throws IOException {
        review.decide(id("Food", "ref:1"), id("Fire", "ref:F1"), Verdict.SAME, "analyst", null);
        review.decide(id("Food", "ref:2"), id("Fire", "ref:F2"), Verdict.SAME, "analyst", null);
        assertEquals(List.of(), changed());

        String refreshed = fire.replace("CAFE NUMBER 7919 LTD", "CAFE NUMBER 7919 LIMITED");
        new ImportService(workspace).importFile(ImportRequest.of(Files.writeString(dir.resolve("fire2.csv"),
                refreshed), "Fire", null), ProgressSink.NONE);

        List<QueuedPair> queue = review.queue();
        QueuedPair first = queue.get(0);
        assertEquals(QueuedPair.Reason.CHANGED_SINCE_DECIDED, first.reason());
        assertEquals(List.of(id("Food", "ref:1"), id("Fire", "ref:F1")),
                List.of(first.pair().leftRecordId(), first.pair().rightRecordId()));
        assertEquals(1, changed().size(), "only the pair whose record changed");
        assertEquals(1, queue.stream().filter(q -> q.key().equals(first.key())).count(), "shown once");
    }

    @Test
    void decidingAChangedPairAgainClearsTheFlag() throws IOException {
        review.decide(id("Food", "ref:1"), id("Fire", "ref:F1"), Verdict.SAME, "analyst", null);
        new ImportService(workspace).importFile(ImportRequest.of(Files.writeString(dir.resolve("fire2.csv"),
                fire.replace("1 High St,", "1A High St,")), "Fire", null), ProgressSink.NONE);
        assertFalse(changed().isEmpty());

        review.decide(id("Food", "ref:1"), id("Fire", "ref:F1"), Verdict.DIFFERENT, "analyst", "re-checked");
        assertTrue(changed().isEmpty());
    }
}
