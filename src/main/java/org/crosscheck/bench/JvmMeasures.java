package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the benchmarks report beside wall time: the process's CPU time and the peak of the heap. */
public final class JvmMeasures {
    private JvmMeasures() {
    }

    /** CPU time of all the process's threads so far, in nanoseconds; 0 where the JVM does not tell. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Starts the peak heap afresh, for the next measurement. */
    public static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The heap's peak since {@link #resetPeaks}, in MB: the sum of each heap pool's own peak, which can be more than
     * the heap ever held at one moment (the pools peak at different times).
     */
    public static long peakHeapMb() {
        long bytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return bytes / (1024 * 1024);
    }
}
