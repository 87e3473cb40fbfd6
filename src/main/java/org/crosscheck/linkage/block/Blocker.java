package org.crosscheck.linkage.block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.linkage.StdRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns blocking rules into candidate pairs. A block bigger than {@code maxBlockSize} (a market hall, a formation
 * agent's address shared by hundreds of companies) would add pairs by the square of its size, so it is split by
 * the records' name sound; parts still too big are skipped. Both are counted and reported. Thread-safe.
 */
public final class Blocker {
    private static final Logger LOG = LoggerFactory.getLogger(Blocker.class);
    private final int maxBlockSize;

    public Blocker(int maxBlockSize) {
        this.maxBlockSize = maxBlockSize;
    }

    public BlockingResult block(List<StdRecord> records, List<BlockingRule> rules) {
        LongList all = new LongList(records.size() * 4);
        List<BlockingResult.RuleCount> counts = new ArrayList<>();
        for (BlockingRule rule : rules) {
            Map<String, List<StdRecord>> blocks = new HashMap<>();
            for (StdRecord r : records) {
                rule.keys(r, key -> {
                    List<StdRecord> block = blocks.computeIfAbsent(key, k -> new ArrayList<>(2));
                    if (block.isEmpty() || block.get(block.size() - 1) != r) {
                        block.add(r);
                    }
                });
            }
            long before = all.size();
            int[] capping = new int[3];
            for (List<StdRecord> block : blocks.values()) {
                if (block.size() < 2) {
                    continue;
                }
                capping[2] = Math.max(capping[2], block.size());
                if (block.size() <= maxBlockSize) {
                    emitPairs(block, rule, all);
                } else {
                    capping[0]++;
                    capping[1] += splitByNameSound(block, rule, all);
                }
            }
            long produced = all.size() - before;
            counts.add(new BlockingResult.RuleCount(rule.name(), produced, capping[0], capping[1], capping[2]));
            LOG.info("Blocking rule '{}': {} pairs, {} oversized blocks split, {} parts skipped, largest block {}",
                    rule.name(), produced, capping[0], capping[1], capping[2]);
        }
        all.sortDistinct();
        return new BlockingResult(all.toArray(), counts);
    }

    private int splitByNameSound(List<StdRecord> block, BlockingRule rule, LongList out) {
        Map<String, List<StdRecord>> parts = new HashMap<>();
        for (StdRecord r : block) {
            if (r.nameKey() != null) {
                parts.computeIfAbsent(r.nameKey(), k -> new ArrayList<>()).add(r);
            }
        }
        int skipped = 0;
        for (List<StdRecord> part : parts.values()) {
            if (part.size() <= maxBlockSize) {
                emitPairs(part, rule, out);
            } else {
                skipped++;
            }
        }
        return skipped;
    }

    private static void emitPairs(List<StdRecord> block, BlockingRule rule, LongList out) {
        for (int i = 0; i < block.size(); i++) {
            StdRecord a = block.get(i);
            for (int j = i + 1; j < block.size(); j++) {
                StdRecord b = block.get(j);
                if (rule.accepts(a, b)) {
                    out.add(LongList.pair(a.index(), b.index()));
                }
            }
        }
    }
}
