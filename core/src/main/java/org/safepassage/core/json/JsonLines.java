package org.safepassage.core.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Lines file read line by line: blank lines are skipped, a byte-order mark before a line is
 * not part of it ({@link Json#withoutByteOrderMark}); a line that is not JSON, or that the caller
 * cannot take, is reported with its number and reason and skipped, and the rest is read.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** What a caller does with one line; a runtime exception refuses the line with its message. */
    @FunctionalInterface
    public interface LineReader {
        void read(int lineNumber, JsonNode line);
    }

    /**
     * Reads a file's lines as bytes, each decoded on its own ({@link ByteLines}): a line that is not
     * UTF-8 is reported and skipped like any other unusable line; a file in UTF-16 is refused.
     */
    public static void read(Path file, LineReader reader, Consumer<String> problems) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in).refusingUtf16(file.toString());
            byte[] bytes;
            int number = 0;
            while ((bytes = lines.next()) != null) {
                number++;
                if (ByteLines.isCut(bytes)) {
                    problems.accept("line " + number + ": longer than " + (ByteLines.MAX_LINE_BYTES >> 20) + " MiB");
                    continue;
                }
                String line = ByteLines.text(bytes);
                if (line == null) {
                    problems.accept("line " + number + ": not valid UTF-8 (a line saved in another encoding)");
                } else {
                    readLine(number, line, reader, problems);
                }
            }
        }
    }

    /** As {@link #read(Path, LineReader, Consumer)}, from a reader the caller closes. */
    public static void read(BufferedReader lines, LineReader reader, Consumer<String> problems) throws IOException {
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            readLine(number, line, reader, problems);
        }
    }

    private static void readLine(int number, String text, LineReader reader, Consumer<String> problems) {
        String line = Json.withoutByteOrderMark(text);
        if (line.isBlank()) {
            return;
        }
        try {
            reader.read(number, Json.MAPPER.readTree(line));
        } catch (RuntimeException e) {
            problems.accept("line " + number + ": not a usable JSON line (" + e.getMessage() + ")");
        }
    }
}
