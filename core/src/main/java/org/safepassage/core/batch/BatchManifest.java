package org.safepassage.core.batch;

import java.time.Instant;
import java.util.List;

/** The signed table of contents of a batch: every envelope with its size and SHA-256. */
public record BatchManifest(String format, String batchId, BatchOrigin origin, Instant createdAt, List<BatchEntry> entries) {

    public static final String FORMAT = "safepassage.batch/1";

    public BatchManifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
