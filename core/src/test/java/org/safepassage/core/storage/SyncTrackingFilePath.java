package org.safepassage.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:synctrack:...}) over the real one that counts writes and how
 * many of them were forced to the disk: the rest is what a power failure at that moment could lose.
 * One count for every file opened through it (a test opens one database at a time).
 */
public final class SyncTrackingFilePath extends FilePathWrapper {

    private static final SyncTrackingFilePath INSTANCE = new SyncTrackingFilePath();

    /** H2 makes one per path, by reflection. */
    public SyncTrackingFilePath() {
    }
    private static final AtomicLong writes = new AtomicLong();
    private static final AtomicLong syncedThrough = new AtomicLong();
    private static final AtomicLong syncs = new AtomicLong();

    public static void register() {
        FilePath.register(INSTANCE);
    }

    /** Every write so far. */
    public static long writes() {
        return writes.get();
    }

    /** How many of the writes so far were on the disk by the last sync. */
    public static long syncedThrough() {
        return syncedThrough.get();
    }

    /** Writes made since the last sync. */
    public static long unsyncedWrites() {
        return writes.get() - syncedThrough.get();
    }

    public static long syncs() {
        return syncs.get();
    }

    @Override
    public String getScheme() {
        return "synctrack";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new TrackedChannel(super.open(mode));
    }

    private static final class TrackedChannel extends FileBase {

        private final FileChannel channel;

        TrackedChannel(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            writes.incrementAndGet();
            return channel.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            writes.incrementAndGet();
            return channel.write(src, position);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            long upTo = writes.get();
            channel.force(metaData);
            syncedThrough.accumulateAndGet(upTo, Math::max);
            syncs.incrementAndGet();
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            writes.incrementAndGet();
            channel.truncate(size);
            return this;
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
