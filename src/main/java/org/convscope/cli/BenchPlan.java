package org.convscope.cli;

import java.util.Arrays;

/**
 * How {@code bench} times a piece of work: run it for a warm-up period first (so the JIT has
 * compiled the hot loops), then in several timed windows, and report the median window's rate.
 * The median ignores the odd window that a garbage collection or another process slowed down.
 *
 * @param warmupNanos how long to run before timing
 * @param windows     number of timed windows
 * @param windowNanos minimum length of each window; a window always runs the work at least once
 */
record BenchPlan(long warmupNanos, int windows, long windowNanos) {
    /** About 9 s per measurement. */
    static final BenchPlan FULL = new BenchPlan(2_000_000_000L, 7, 1_000_000_000L);
    /** A fraction of a second: checks that everything runs, says little about speed. */
    static final BenchPlan QUICK = new BenchPlan(100_000_000L, 3, 50_000_000L);

    /** Total time one measurement takes, at least. */
    double seconds() {
        return (warmupNanos + windows * windowNanos) / 1e9;
    }

    /** Median over the windows of how many times per second {@code work} ran. */
    double medianRate(Runnable work) {
        runFor(warmupNanos, work);
        double[] rates = new double[windows];
        for (int w = 0; w < windows; w++) {
            long start = System.nanoTime();
            long runs = runFor(windowNanos, work);
            rates[w] = runs * 1e9 / (System.nanoTime() - start);
        }
        Arrays.sort(rates);
        return windows % 2 == 1 ? rates[windows / 2] : (rates[windows / 2 - 1] + rates[windows / 2]) / 2;
    }

    /** Runs {@code work} until {@code nanos} have passed (at least once) and returns how often it ran. */
    private static long runFor(long nanos, Runnable work) {
        long start = System.nanoTime();
        long runs = 0;
        do {
            work.run();
            runs++;
        } while (System.nanoTime() - start < nanos);
        return runs;
    }
}
