package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.crosscheck.domain.StagedRecord;
import org.crosscheck.jobs.CancelledException;

/**
 * Reads and interprets a file on one thread while the caller's thread writes the records, so that parsing and
 * the database share the machine's two cores. Records arrive in file order, in chunks. A failure on either side
 * stops both: the reader's failure is rethrown on the writer's thread, and the reader stops when the writer does.
 * One instance per import.
 */
final class RecordPipeline {
    private static final int CHUNK = 1_000;
    private static final int CHUNKS_IN_FLIGHT = 8;

    /** The reading side: calls {@code emit} for each record, and stops reading when it returns false. */
    interface Producer {
        void produce(Predicate<StagedRecord> emit);
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final AtomicBoolean stopped = new AtomicBoolean(false);

    /** Runs {@code producer} on a worker thread and hands each record to {@code writer} on this thread. */
    void run(Producer producer, Consumer<StagedRecord> writer) {
        Thread reader = new Thread(() -> read(producer), "import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Chunk chunk = take();
                chunk.records.forEach(writer);
                if (chunk.failure instanceof RuntimeException e) {
                    throw e;
                }
                if (chunk.failure instanceof Error e) {
                    throw e;
                }
                if (chunk.last) {
                    return;
                }
            }
        } finally {
            stopped.set(true);
            queue.clear();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read(Producer producer) {
        List<StagedRecord> chunk = new ArrayList<>(CHUNK);
        try {
            producer.produce(record -> {
                chunk.add(record);
                if (chunk.size() == CHUNK) {
                    put(new Chunk(new ArrayList<>(chunk), null, false));
                    chunk.clear();
                }
                return !stopped.get();
            });
            put(new Chunk(new ArrayList<>(chunk), null, true));
        } catch (StopRequested stop) {
            // the writer has stopped and reads no more
        } catch (RuntimeException | Error e) {
            try {
                put(new Chunk(List.of(), e, true));
            } catch (StopRequested stop) {
                // the writer is gone: it failed first, and its own failure is the one reported
            }
        }
    }

    private void put(Chunk chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new StopRequested();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StopRequested();
        }
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private record Chunk(List<StagedRecord> records, Throwable failure, boolean last) {
    }

    /** Unwinds the reading thread once the writer has stopped; never leaves it. */
    private static final class StopRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopRequested() {
            super(null, null, false, false);
        }
    }
}
