package org.crosscheck.jobs.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs background tasks on a small pool of named daemon threads ({@code wb-task-N}); shut down when the app stops. */
public class TaskRunner {
    private final ExecutorService pool;

    public TaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "wb-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(Task<?> task) {
        pool.submit(task);
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
