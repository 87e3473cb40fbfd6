package org.crosscheck.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.NewLinkRun;
import org.crosscheck.domain.PairScore;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageRepositoryTest {

    @Test
    void aSavedRunLeavesExactlyItsPairsAndMembersWhateverWasStoredBefore(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(LinkedSample.copyTo(dir.resolve("ws")))) {
            LinkageRepository repo = ws.linkage();
            List<PairScore> before = pairs(repo);
            Map<Long, Long> entities = new TreeMap<>(repo.currentEntities());
            Map<Long, String> hashes = repo.linkedHashes();

            // the next run drops one pair, rescores another, keeps the rest and finds a new one
            List<PairScore> next = new ArrayList<>(before.subList(2, before.size()));
            PairScore rescored = before.get(1);
            next.add(new PairScore(rescored.leftRecordId(), rescored.rightRecordId(), rescored.vector(),
                    rescored.weight() - 1, rescored.probability() / 2, MatchBand.REVIEW, false, false, "name:1:+1.00"));
            long[] ids = entities.keySet().stream().mapToLong(Long::longValue).toArray();
            next.add(new PairScore(ids[0], ids[ids.length - 1], 5, -3, 0.02, MatchBand.NON_MATCH, false, false,
                    "name:6:-3.00"));
            // and moves one record to a business of its own, with new content
            long[] entityIds = entities.values().stream().mapToLong(Long::longValue).toArray();
            String[] contentHashes = entities.keySet().stream().map(hashes::get).toArray(String[]::new);
            entityIds[0] = 999_999;
            contentHashes[0] = "changed";
            repo.saveRun(new NewLinkRun(LocalDateTime.now(), 1, "test", 1, true, "{}", "{}", "f", next.size(), 0, 0,
                    0, 1_000_000, "{}", next, ids, entityIds, contentHashes, List.of()));

            List<PairScore> stored = pairs(repo);
            assertEquals(List.of(), without(next, stored), "pairs of the run not stored as they are");
            assertEquals(List.of(), without(stored, next), "pairs stored that the run does not have");
            assertEquals(next.size(), stored.size());
            assertEquals(999_999L, repo.currentEntities().get(ids[0]));
            assertEquals("changed", repo.linkedHashes().get(ids[0]));
            assertEquals(entities.get(ids[1]), repo.currentEntities().get(ids[1]));
            assertEquals(entities.size(), repo.currentEntities().size());
        }
    }

    /** The first few of {@code these} that {@code those} lack. */
    private static List<PairScore> without(List<PairScore> these, List<PairScore> those) {
        var present = new HashSet<>(those);
        return these.stream().filter(p -> !present.contains(p)).limit(3).toList();
    }

    private static List<PairScore> pairs(LinkageRepository repo) {
        List<PairScore> out = new ArrayList<>();
        repo.forEachPair(out::add);
        return out;
    }
}
