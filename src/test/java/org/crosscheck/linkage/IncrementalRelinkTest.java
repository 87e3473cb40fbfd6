package org.crosscheck.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.sampledata.SampleRecords;
import org.crosscheck.storage.Workspace;
import org.crosscheck.testing.LinkedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental relink compares only pairs with a new or changed record, yet links as a full run with the same
 * model would: what it reuses must include every pair the last run's clustering read, not only those it stored.
 */
class IncrementalRelinkTest {
    private final LinkageSettings settings = LinkageSettings.defaults();

    @Test
    void aRelinkOfTheSamplePartnershipWithNothingChangedLeavesEveryRecordInItsBusiness(@TempDir Path dir) {
        try (Workspace workspace = Workspace.open(LinkedSample.copyTo(dir.resolve("ws")))) {
            Map<Long, Long> before = workspace.linkage().currentEntities();

            LinkRunSummary relink = new LinkageService(workspace, "test").link(settings, true, ProgressSink.NONE);

            assertTrue(relink.incremental());
            assertEquals(before, workspace.linkage().currentEntities());
        }
    }

    @Test
    void anIncrementalRelinkAfterARefreshLinksAsAFullRunWithTheSameModel() {
        List<StoredRecord> records = SampleRecords.generate(900, 11L);
        LinkageOutcome first = new LinkageEngine().run(records, settings, PriorState.none(), ProgressSink.NONE);
        List<StoredRecord> refreshed = withNewPhones(records, AgencyKind.FOOD_HYGIENE, 40);

        LinkageOutcome incremental = new LinkageEngine().run(refreshed, settings, storedBy(first, records),
                ProgressSink.NONE);
        LinkageOutcome full = new LinkageEngine().run(refreshed, settings, new PriorState(Map.of(), 1, List.of(),
                first.scorer().model(), Map.of(), Map.of()), ProgressSink.NONE);

        assertTrue(incremental.rescored() < full.rescored() / 3,
                incremental.rescored() + " of " + full.rescored() + " pairs compared again");
        assertEquals(partition(full), partition(incremental));
    }

    /** What LinkageService keeps of a run for the next: the model, record hashes, and pairs from the store floor. */
    private PriorState storedBy(LinkageOutcome run, List<StoredRecord> records) {
        Map<Long, String> hashes = new HashMap<>();
        records.forEach(r -> hashes.put(r.id(), r.contentHash()));
        Map<String, PriorState.PreviousScore> scores = new HashMap<>();
        for (ScoredPairs pairs : List.of(run.pairs(), run.loneMisses())) {
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs == run.pairs() && pairs.probability(i) < settings.storeFloor()) {
                    continue;
                }
                scores.put(PriorState.pairKey(run.records().get(pairs.left(i)).id(),
                        run.records().get(pairs.right(i)).id()), new PriorState.PreviousScore(pairs.vector(i),
                        pairs.weight(i), pairs.probability(i), pairs.isStrongAgainst(i), pairs.isStrongFor(i)));
            }
        }
        Map<Long, Long> entities = new HashMap<>();
        for (int i = 0; i < run.records().size(); i++) {
            entities.put(run.records().get(i).id(), run.entityOf()[i]);
        }
        return new PriorState(entities, records.size() + 1, List.of(), run.scorer().model(), hashes, scores);
    }

    /** A refreshed agency file: every other record of the agency's first {@code count} has a new phone. */
    private static List<StoredRecord> withNewPhones(List<StoredRecord> records, AgencyKind agency, int count) {
        List<StoredRecord> out = new ArrayList<>(records);
        int changed = 0;
        for (int i = 0; i < out.size() && changed < count; i++) {
            StoredRecord r = out.get(i);
            if (r.kind() != agency) {
                continue;
            }
            if (changed % 2 == 0) {
                Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
                values.putAll(r.values());
                values.put(CanonicalField.PHONE, String.format("07700 900%03d", changed));
                out.set(i, new StoredRecord(r.id(), r.sourceId(), r.kind(), r.recordKey(), r.contentHash() + "'",
                        values));
            }
            changed++;
        }
        return out;
    }

    /** Each record's fellow members, by record id: the partition, whatever the entity ids. */
    private static Map<Long, List<Long>> partition(LinkageOutcome run) {
        Map<Long, List<Long>> members = new HashMap<>();
        for (int i = 0; i < run.records().size(); i++) {
            members.computeIfAbsent(run.entityOf()[i], e -> new ArrayList<>()).add(run.records().get(i).id());
        }
        Map<Long, List<Long>> byRecord = new HashMap<>();
        members.values().forEach(m -> m.forEach(id -> byRecord.put(id, m)));
        return byRecord;
    }
}
