package app.coulisse.export.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** The benchmarks' yardsticks: warm-up, median wall time of several runs, and peak heap. */
final class Measure {

    static final int WARM_UP_RUNS = 3;
    static final int MEASURED_RUNS = 7;
    /** Rounds of {@link #interleavedMedians}: more than {@link #MEASURED_RUNS}, as the machine is shared. */
    static final int INTERLEAVED_ROUNDS = 11;

    /** Something that writes a workbook to a stream. */
    @FunctionalInterface
    interface Export {
        void run(OutputStream out) throws IOException;
    }

    private Measure() {
    }

    static void warmUp(Export... exports) throws IOException {
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            for (Export export : exports) {
                export.run(OutputStream.nullOutputStream());
            }
        }
    }

    /** The median wall time of {@link #MEASURED_RUNS} runs, in milliseconds. */
    static double medianMillis(Export export) throws IOException {
        double[] millis = new double[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            export.run(OutputStream.nullOutputStream());
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[MEASURED_RUNS / 2];
    }

    /**
     * The median wall time of each export, in milliseconds, over {@link #INTERLEAVED_ROUNDS} rounds that run every
     * export once, in turn (the order rotating each round): a busy spell of the machine, or a garbage collection left
     * by the previous export, falls on all of them alike, so their ratio holds on a loaded machine.
     */
    static double[] interleavedMedians(Export... exports) throws IOException {
        double[][] millis = new double[exports.length][INTERLEAVED_ROUNDS];
        for (int round = 0; round < INTERLEAVED_ROUNDS; round++) {
            for (int turn = 0; turn < exports.length; turn++) {
                int export = (round + turn) % exports.length;
                long start = System.nanoTime();
                exports[export].run(OutputStream.nullOutputStream());
                millis[export][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] medians = new double[exports.length];
        for (int export = 0; export < exports.length; export++) {
            Arrays.sort(millis[export]);
            medians[export] = millis[export][INTERLEAVED_ROUNDS / 2];
        }
        return medians;
    }

    /** What one run of the export allocates on the heap, in MB (the garbage collector's work follows it). */
    static double allocatedMegabytes(Export export) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        export.run(OutputStream.nullOutputStream());
        return (threads.getCurrentThreadAllocatedBytes() - before) / (1024.0 * 1024.0);
    }

    static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset, in MB. */
    static double heapPeakMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    static void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Max heap: %d MB, processors: %d, medians of %d interleaved rounds after %d warm-up runs%n",
                runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(), INTERLEAVED_ROUNDS, WARM_UP_RUNS);
    }
}
