package org.crosscheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times an area's first link in several fresh JVMs, one link each, and summarises them. On two cores a first link's
 * time depends on what the JIT compiler is doing on the other core, and varies by a tenth from one JVM to the next:
 * one cold row says little, the median of several says what an analyst's first link of the day takes.
 */
public final class FreshJvmLinks {
    private static final long TIMEOUT_MINUTES = 10;
    private static final String MAIN_CLASS = "org.crosscheck.app.Main";

    /** The engine seconds of each fresh JVM's link, in the order run, and their median, fastest and slowest. */
    public record Summary(int businesses, List<Double> seconds) {
        public double median() {
            double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        public double fastest() {
            return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        public double slowest() {
            return seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    private FreshJvmLinks() {
    }

    /**
     * Runs {@code bench link --in-memory --businesses N} in {@code jvms} child JVMs, one after another, with this
     * JVM's options (its -Xmx among them) and class path.
     */
    public static Summary run(int businesses, int jvms) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            seconds.add(engineSeconds(businesses, childOutput(businesses), i + 1));
        }
        return new Summary(businesses, List.copyOf(seconds));
    }

    private static String childOutput(int businesses) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(forwardedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String logDir = System.getProperty("crosscheck.logdir");
        if (logDir != null) {
            // the children log where this JVM does, wherever that was set
            command.add("-Dcrosscheck.logdir=" + logDir);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS, "bench", "link",
                "--in-memory", "--businesses", Integer.toString(businesses)));
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = child.getInputStream()) {
                String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || child.exitValue() != 0) {
                    throw new IllegalStateException("A fresh JVM's link failed:\n" + output);
                }
                return output;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a fresh JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a fresh JVM linked", e);
        }
    }

    /**
     * This JVM's options a child takes too (heap, flags, properties), but not a debugger's, an agent's or a flight
     * recording's: ten children would fight for one debug port or one recording file.
     */
    static List<String> forwardedOptions(List<String> options) {
        return options.stream().filter(o -> !o.startsWith("-agentlib") && !o.startsWith("-agentpath")
                && !o.startsWith("-javaagent") && !o.startsWith("-Xrunjdwp") && !o.startsWith("-Xdebug")
                && !o.startsWith("-XX:StartFlightRecording") && !o.startsWith("-XX:FlightRecorderOptions")).toList();
    }

    /** The "engine s" cell of the row for {@code businesses} in a child's table. */
    static double engineSeconds(int businesses, String output, int jvm) {
        String[] lines = output.split("\\R");
        int column = -1;
        for (String line : lines) {
            List<String> cells = cells(line);
            if (column < 0 && cells.contains("engine s")) {
                column = cells.indexOf("engine s");
            } else if (column >= 0 && !cells.isEmpty() && cells.get(0).equals(String.format("%,d", businesses))) {
                return Double.parseDouble(cells.get(column));
            }
        }
        throw new IllegalStateException("Fresh JVM " + jvm + " printed no engine time for " + businesses
                + " businesses:\n" + output);
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return Arrays.stream(line.substring(1).split("\\|")).map(String::trim).toList();
    }
}
