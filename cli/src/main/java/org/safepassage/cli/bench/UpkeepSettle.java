package org.safepassage.cli.bench;

import java.util.concurrent.Callable;

/**
 * Waits while the desk's storage upkeep (a check every minute) compacts the embedded H2 file that a
 * bench run left sparse: until the file has shrunk, or {@code maxSeconds} have passed. What the file
 * then takes is what the desk holds while it runs, between imports.
 */
final class UpkeepSettle {

    private UpkeepSettle() {
    }

    /** Seconds waited. */
    static long waitFor(Callable<Long> fileBytes, int maxSeconds) throws Exception {
        long start = System.nanoTime();
        long before = fileBytes.call();
        while (System.nanoTime() - start < maxSeconds * 1_000_000_000L && fileBytes.call() >= before) {
            Thread.sleep(1_000);
        }
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
