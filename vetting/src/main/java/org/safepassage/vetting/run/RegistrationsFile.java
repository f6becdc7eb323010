package org.safepassage.vetting.run;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * The file {@code vet} reads, as the bytes of its lines: read through gzip when it is compressed so
 * (a large export shipped as {@code registrations.jsonl.gz}, told by its first two bytes, not its
 * name), and how far into the file reading has come, for the progress bar.
 */
final class RegistrationsFile implements Closeable {

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;

    private final Path path;
    private final FileChannel channel;
    private final InputStream bytes;
    private final boolean gzip;

    private RegistrationsFile(Path path, FileChannel channel, InputStream bytes, boolean gzip) {
        this.path = path;
        this.channel = channel;
        this.bytes = bytes;
        this.gzip = gzip;
    }

    static RegistrationsFile open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a directory; vet reads one file of registrations (JSON lines)");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer start = ByteBuffer.allocate(2);
            channel.read(start, 0);
            boolean gzip = start.position() == 2 && (start.get(0) & 0xFF) == GZIP_MAGIC_FIRST && (start.get(1) & 0xFF) == GZIP_MAGIC_SECOND;
            InputStream raw = Channels.newInputStream(channel);
            return new RegistrationsFile(path, channel, gzip ? new GZIPInputStream(raw, 1 << 16) : raw, gzip);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lines' bytes, decompressed when the file is gzip. */
    InputStream bytes() {
        return bytes;
    }

    /** The file's size on disk. */
    long size() throws IOException {
        return channel.size();
    }

    /** How many of the file's bytes on disk have been read. */
    long position() throws IOException {
        return channel.position();
    }

    /** A failure to read the file, saying so when it is a compressed file that breaks off (a download cut short). */
    IOException failure(IOException e) {
        return gzip ? new IOException(path + " is compressed with gzip and could not be decompressed to its end (" + e.getMessage()
                + "): is the file whole? Nothing was vetted", e) : e;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
