package org.safepassage.intake.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.safepassage.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
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
    /** A recount waits at least this many times as long as the last one took (2 % of a core): a large backlog is counted less often. */
    private static final int REFRESH_COST_SHARE = 50;

    private final EnvelopeStore store;
    private final AtomicLong pendingBytes;
    private volatile long lastRefresh = System.nanoTime();
    private volatile long refreshInterval = REFRESH_SECONDS * 1_000_000_000L;
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
     * and what other nodes stored or any export collected is seen at the next recount.
     */
    public void refresh() {
        long started = System.nanoTime();
        pendingBytes.set(store.pendingBytes());
        lastRefresh = System.nanoTime();
        refreshInterval = Math.max(REFRESH_SECONDS * 1_000_000_000L, REFRESH_COST_SHARE * (lastRefresh - started));
    }

    /**
     * Recounts in the background, never on a submitter's request: every {@value #REFRESH_SECONDS} s,
     * or less often when counting takes long (every 50 times what the last count took: 30 s for a
     * backlog of 60,000 envelopes on the embedded database), so that counting a large backlog does
     * not take the intake's cores while submitters wait.
     */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    public void refreshWhenDue() {
        if (System.nanoTime() - lastRefresh >= refreshInterval) {
            try {
                refresh();
            } catch (DataAccessException e) {
                log.warn("Cannot count the stored envelopes: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Refuses (before anything is sealed or stored) when {@code bytes} more would cross a limit. */
    public void ensureRoomFor(long bytes) {
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
