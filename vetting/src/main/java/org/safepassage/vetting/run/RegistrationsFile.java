package org.safepassage.vetting.run;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.safepassage.core.json.Json;

/**
 * The file {@code vet} reads, as the bytes of its lines: read through gzip when it is compressed so
 * (a large export shipped as {@code registrations.jsonl.gz}, told by its first two bytes, not its
 * name), read as JSON lines when it is CSV (told by its first lines, not its name), and how far into
 * the file reading has come, for the progress bar.
 */
public final class RegistrationsFile implements Closeable {

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;
    /** How much of a file's start is looked at to tell CSV from JSON lines. */
    private static final int SAMPLE_BYTES = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final InputStream bytes;
    private final boolean gzip;
    private final boolean csv;

    private RegistrationsFile(Path path, FileChannel channel, InputStream bytes, boolean gzip, boolean csv) {
        this.path = path;
        this.channel = channel;
        this.bytes = bytes;
        this.gzip = gzip;
        this.csv = csv;
    }

    /** Whether the file is CSV, read as JSON lines. */
    public boolean csv() {
        return csv;
    }

    public static RegistrationsFile open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a directory; vet reads one file of registrations (JSON lines or CSV)");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer start = ByteBuffer.allocate(2);
            channel.read(start, 0);
            boolean gzip = start.position() == 2 && (start.get(0) & 0xFF) == GZIP_MAGIC_FIRST && (start.get(1) & 0xFF) == GZIP_MAGIC_SECOND;
            InputStream raw = Channels.newInputStream(channel);
            BufferedInputStream text = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, SAMPLE_BYTES);
            Character delimiter;
            try {
                delimiter = csvDelimiter(text);
            } catch (IOException e) {
                throw failure(path, gzip, e);
            }
            return new RegistrationsFile(path, channel, delimiter == null ? text : new CsvRegistrations(text, delimiter, path.toString()),
                    gzip, delimiter != null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The delimiter of a file that is CSV, or null: no line of its first {@value #SAMPLE_BYTES}
     * bytes begins a JSON object or array, and its first line that is not blank, its header, holds
     * a comma, a semicolon or a tab (the one it holds most of). A file of JSON lines, or one that is
     * neither, is read as JSON lines (and refused, saying why, when it holds no JSON object).
     */
    private static Character csvDelimiter(BufferedInputStream text) throws IOException {
        text.mark(SAMPLE_BYTES);
        byte[] sample = text.readNBytes(SAMPLE_BYTES);
        text.reset();
        if (sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
                || (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)) {
            return null;
        }
        String header = null;
        for (String line : Json.withoutByteOrderMark(new String(sample, StandardCharsets.UTF_8)).split("\r\n|\r|\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("{") || stripped.startsWith("[")) {
                return null;
            }
            if (header == null && !stripped.isEmpty()) {
                header = stripped;
            }
        }
        if (header == null) {
            return null;
        }
        Character delimiter = null;
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                delimiter = candidate;
            }
        }
        return delimiter;
    }

    /** The lines' bytes, decompressed when the file is gzip, and as JSON lines when it is CSV. */
    public InputStream bytes() {
        return bytes;
    }

    /** The file's size on disk. */
    public long size() throws IOException {
        return channel.size();
    }

    /** How many of the file's bytes on disk have been read. */
    public long position() throws IOException {
        return channel.position();
    }

    /** A failure to read the file, saying so when it is a compressed file that breaks off (a download cut short). */
    public IOException failure(IOException e) {
        return failure(path, gzip, e);
    }

    private static IOException failure(Path path, boolean gzip, IOException e) {
        return gzip ? new IOException(path + " is compressed with gzip and could not be decompressed to its end (" + e.getMessage()
                + "): is the file whole?", e) : e;
    }

    /**
     * Refuses, saying what to do, a file that is JSON but not JSON lines: an array of registrations
     * (as a web service exports them) or registrations written over several lines each (pretty
     * printed); and a file that holds no JSON object at all in its first lines (a spreadsheet, a
     * file compressed other than with gzip; CSV is read as such before this). Read line by line,
     * every line of it would be skipped.
     */
    public static void refuseWhatIsNotJsonLines(Path input, List<byte[]> firstLines) throws IOException {
        boolean anyText = false;
        for (byte[] bytes : firstLines) {
            // bad bytes replaced, not refused: only how the line begins is looked at here
            String line = Json.withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!anyText && line.startsWith("[")) {
                throw new IOException(input + " is a JSON array; vet reads JSON lines, one registration per line"
                        + " (for example: jq -c '.[]' " + input.getFileName() + " > registrations.jsonl)");
            }
            if (!anyText && line.equals("{")) {
                throw new IOException(input + " has a registration written over several lines; vet reads JSON lines, one"
                        + " registration per line (for example: jq -c . " + input.getFileName() + " > registrations.jsonl)");
            }
            if (line.startsWith("{")) {
                return;
            }
            anyText = true;
        }
        if (anyText) {
            throw new IOException(input + " holds no JSON object in its first " + firstLines.size() + " lines; vet reads JSON lines,"
                    + " one registration per line as a JSON object, or CSV with a header naming its columns (is it a spreadsheet"
                    + " (.xlsx: save it as CSV UTF-8), or compressed other than with gzip?)");
        }
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
