package org.safepassage.cli.bench;

import java.util.Arrays;

/** Throughput and latency percentiles of one measured run. */
record LatencySummary(long[] latenciesNanos, long wallNanos, int failures) {

    double perSecond() {
        return latenciesNanos.length / (wallNanos / 1e9);
    }

    double percentileMillis(double percentile) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String report() {
        return String.format("sealed registrations/s: %.0f%nlatency p50: %.1f ms, p99: %.1f ms, max: %.1f ms%nfailed: %d",
                perSecond(), percentileMillis(50), percentileMillis(99), percentileMillis(100), failures);
    }
}
