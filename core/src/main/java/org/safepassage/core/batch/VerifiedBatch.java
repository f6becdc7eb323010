package org.safepassage.core.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A batch whose signature and every hash have been checked. Reading an envelope checks its
 * hash again, so the file cannot be swapped between verification and use.
 */
public final class VerifiedBatch implements Closeable {

    private final ZipFile zip;
    private final BatchManifest manifest;
    private final BatchLimits limits;

    VerifiedBatch(ZipFile zip, BatchManifest manifest, BatchLimits limits) {
        this.zip = zip;
        this.manifest = manifest;
        this.limits = limits;
    }

    public BatchManifest manifest() {
        return manifest;
    }

    public String batchId() {
        return manifest.batchId();
    }

    public List<BatchEntry> entries() {
        return manifest.entries();
    }

    public byte[] envelope(BatchEntry entry) throws IOException {
        return BatchReader.readVerified(zip, entry, limits);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
