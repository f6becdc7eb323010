package org.safepassage.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file of lines read as bytes, so that one line in another encoding (a partner's export saved in
 * Windows-1256 or Latin-1, one pasted name) is that line's problem and not the whole file's: a
 * reader that decodes while it reads stops at the first bad byte. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}; each is decoded on its own by {@link #text}.
 */
public final class ByteLines {

    private static final int BUFFER = 1 << 16;
    /**
     * The longest line kept, 4 MiB: more than any registration (its longest text is 1 MiB), so that
     * a file with no line ends (a binary file, a whole array on one line) cannot fill the memory.
     */
    public static final int MAX_LINE_BYTES = 1 << 22;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;

    public ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * Refuses a file in UTF-16 (a Windows tool's "Unicode" text, known by its byte-order mark)
     * with a message saying so: read as UTF-8, every line of it would be skipped.
     */
    public ByteLines refusingUtf16(String file) throws IOException {
        if (fill() && limit - position >= 2) {
            int first = buffer[position] & 0xFF;
            int second = buffer[position + 1] & 0xFF;
            if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
                throw new IOException(file + " is in UTF-16 (as a Windows tool saves \"Unicode\" text); save it as UTF-8"
                        + " (for example: iconv -f UTF-16 -t UTF-8)");
            }
        }
        return this;
    }

    /**
     * The next line's bytes without its end, or null at the end of the file. A line longer than
     * {@link #MAX_LINE_BYTES} is read to its end but kept cut one byte past the limit ({@link #isCut}).
     */
    public byte[] next() throws IOException {
        byte[] line = null;
        int length = 0;
        while (fill()) {
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int taken = Math.min(position - start, MAX_LINE_BYTES + 1 - length);
            if (line == null) {
                line = new byte[Math.max(taken, 64)];
            } else if (length + taken > line.length) {
                line = Arrays.copyOf(line, Math.min(Math.max(length + taken, line.length * 2), MAX_LINE_BYTES + 1));
            }
            System.arraycopy(buffer, start, line, length, taken);
            length += taken;
            if (position < limit) {
                byte end = buffer[position++];
                if (end == '\r' && fill() && buffer[position] == '\n') {
                    position++;
                }
                return Arrays.copyOf(line, length);
            }
        }
        return line == null ? null : Arrays.copyOf(line, length);
    }

    /** Whether a line from {@link #next} was longer than {@link #MAX_LINE_BYTES} and cut. */
    public static boolean isCut(byte[] line) {
        return line.length > MAX_LINE_BYTES;
    }

    /** Whether there is a byte to read, reading more when the buffer is used up. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int read = in.read(buffer, 0, BUFFER);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /**
     * A line's text when its bytes are UTF-8, or null when they are not: never a text with the
     * bad bytes replaced, which would read as a registration with a mangled name.
     */
    public static String text(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // nothing was replaced: valid (the common case, decoded once)
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
