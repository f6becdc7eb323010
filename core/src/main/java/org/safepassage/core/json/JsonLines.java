package org.safepassage.core.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    public static void read(Path file, LineReader reader, Consumer<String> problems) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(lines, reader, problems);
        }
    }

    /** As {@link #read(Path, LineReader, Consumer)}, from a reader the caller closes. */
    public static void read(BufferedReader lines, LineReader reader, Consumer<String> problems) throws IOException {
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            line = Json.withoutByteOrderMark(line);
            if (line.isBlank()) {
                continue;
            }
            try {
                reader.read(number, Json.MAPPER.readTree(line));
            } catch (RuntimeException e) {
                problems.accept("line " + number + ": not a usable JSON line (" + e.getMessage() + ")");
            }
        }
    }
}
