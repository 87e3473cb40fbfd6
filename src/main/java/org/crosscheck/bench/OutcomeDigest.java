package org.crosscheck.bench;

import java.util.zip.CRC32;
import org.crosscheck.linkage.LinkageOutcome;
import org.crosscheck.linkage.LinkageSettings;
import org.crosscheck.linkage.score.ScoredPair;

/**
 * A short fingerprint of what a run would store: every record's entity and every pair kept (at or above the store
 * floor, or in the review or match band) with its vector, weight and flags. Two runs with the same digest gave the
 * same result, so a change made for speed can be shown to leave the linkage untouched.
 */
public final class OutcomeDigest {
    private OutcomeDigest() {
    }

    /** Entities, pairs kept and a CRC-32 over both, e.g. "entities 2,345, pairs kept 12,345, crc 1a2b3c4d". */
    public static String of(LinkageOutcome outcome, LinkageSettings settings) {
        CRC32 crc = new CRC32();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(32);
        long entities = java.util.Arrays.stream(outcome.entityOf()).distinct().count();
        for (long e : outcome.entityOf()) {
            buffer.clear();
            buffer.putLong(e);
            crc.update(buffer.array(), 0, 8);
        }
        long kept = 0;
        for (ScoredPair p : outcome.pairs().asList()) {
            boolean inBand = !p.strongAgainst() && p.probability() >= settings.reviewThreshold();
            if (p.probability() >= settings.storeFloor() || inBand) {
                kept++;
                buffer.clear();
                buffer.putInt(p.left()).putInt(p.right()).putLong(p.vector())
                        .putDouble(p.weight()).putInt((p.strongAgainst() ? 1 : 0) | (p.strongFor() ? 2 : 0));
                crc.update(buffer.array(), 0, 28);
            }
        }
        return String.format("entities %,d, pairs kept %,d, crc %08x", entities, kept, crc.getValue());
    }
}
