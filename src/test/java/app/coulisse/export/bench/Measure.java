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
        System.out.printf("Max heap: %d MB, processors: %d, median of %d runs after %d warm-up runs%n",
                runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(), MEASURED_RUNS, WARM_UP_RUNS);
    }
}
