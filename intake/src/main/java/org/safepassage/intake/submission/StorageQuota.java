package org.safepassage.intake.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.safepassage.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the intake from filling its disk: a quota on ciphertext the desk has not collected yet,
 * and a floor of free space on the data volume. Crossing either turns submitters away with a
 * "try again later" page and warns the operator in the log (no submission detail in it).
 */
@Component
public class StorageQuota {

    private static final Logger log = LoggerFactory.getLogger(StorageQuota.class);
    private static final long DISK_CHECK_INTERVAL_NANOS = 1_000_000_000L;

    private final long maxPendingBytes;
    private final long minFreeBytes;
    private final Path dataDir;
    private static final long REFRESH_SECONDS = 5;

    private final EnvelopeStore store;
    private final AtomicLong pendingBytes;
    private volatile long lastRefresh = System.nanoTime();
    private volatile long freeBytes = Long.MAX_VALUE;
    private volatile long lastDiskCheck = System.nanoTime() - DISK_CHECK_INTERVAL_NANOS;
    private volatile boolean warned;

    public StorageQuota(IntakeSettings settings, EnvelopeStore store) {
        this.maxPendingBytes = settings.maxStored().toBytes();
        this.minFreeBytes = settings.minFreeDisk().toBytes();
        this.dataDir = settings.dataDir();
        this.store = store;
        this.pendingBytes = new AtomicLong(store.pendingBytes());
    }

    /**
     * Reads again what is stored and not collected: what this node added since is counted at once,
     * and what other nodes stored or any export collected is seen within {@value #REFRESH_SECONDS} s.
     */
    public void refresh() {
        lastRefresh = System.nanoTime();
        pendingBytes.set(store.pendingBytes());
    }

    /** Refuses (before anything is sealed or stored) when {@code bytes} more would cross a limit. */
    public void ensureRoomFor(long bytes) {
        if (System.nanoTime() - lastRefresh >= REFRESH_SECONDS * 1_000_000_000L) {
            refresh();
        }
        if (pendingBytes.get() + bytes > maxPendingBytes) {
            alert("the storage quota for uncollected envelopes is reached (" + maxPendingBytes
                    + " bytes); export a batch to the desk");
            throw new IntakeBusyException("storage quota reached");
        }
        if (freeBytes() - bytes < minFreeBytes) {
            alert("free disk space on the data volume is below " + minFreeBytes + " bytes");
            throw new IntakeBusyException("disk nearly full");
        }
        warned = false;
    }

    public void stored(long bytes) {
        pendingBytes.addAndGet(bytes);
    }

    public long pendingBytes() {
        return pendingBytes.get();
    }

    private long freeBytes() {
        long now = System.nanoTime();
        if (now - lastDiskCheck >= DISK_CHECK_INTERVAL_NANOS) {
            lastDiskCheck = now;
            try {
                freeBytes = Files.getFileStore(dataDir).getUsableSpace();
            } catch (IOException e) {
                log.warn("Cannot read free space of the data volume: {}", e.getMessage());
            }
        }
        return freeBytes;
    }

    private void alert(String problem) {
        if (!warned) {
            warned = true;
            log.warn("OPERATOR ALERT: {}; submitters are being asked to try again later", problem);
        }
    }
}
