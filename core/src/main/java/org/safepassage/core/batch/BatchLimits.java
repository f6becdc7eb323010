package org.safepassage.core.batch;

/** Bounds a reader enforces before trusting anything in a batch: against zip bombs and floods. */
public record BatchLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxManifestBytes) {

    public static final BatchLimits DEFAULT = new BatchLimits(200_000, 64L << 20, 16L << 30, 64 << 20);
}
