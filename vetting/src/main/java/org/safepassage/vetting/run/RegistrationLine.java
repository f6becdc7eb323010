package org.safepassage.vetting.run;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.safepassage.core.json.ByteLines;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.InvalidRegistrationException;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.registration.RegistrationReading;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a file of registrations as the schema's reading rules take it: a registration read
 * (with any field set aside), or a line skipped with why and the id it gives, if it gives one. The
 * same for {@code vet} and for the desk's import of a partner's list.
 */
public sealed interface RegistrationLine {

    /** Why a line whose bytes are not UTF-8 is skipped (never read with its bad bytes replaced). */
    InvalidRegistrationException NOT_UTF8 = new InvalidRegistrationException(List.of(new Violation("(document)",
            "not valid UTF-8 (a line saved in another encoding, such as Windows-1256 or Latin-1)")));
    /** Why a line longer than any registration is skipped unread. */
    InvalidRegistrationException TOO_LONG = new InvalidRegistrationException(List.of(new Violation("(document)",
            "longer than " + (ByteLines.MAX_LINE_BYTES >> 20) + " MiB, more than any registration (not a file of JSON lines?)")));
    /** Why a line repeating an earlier line's id is skipped. */
    InvalidRegistrationException REPEATED_ID = new InvalidRegistrationException(List.of(
            new Violation("id", "repeats the id of an earlier line (ids are unique in a file)")));

    /** A registration read. */
    record Read(RegistrationReading reading) implements RegistrationLine {
    }

    /** A line that is not a registration, and the id it gives (null when none), so that a report can name it. */
    record Skipped(String id, RuntimeException why) implements RegistrationLine {

        /** Why, on one line. */
        public String reason() {
            String message = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
            int newline = message.indexOf('\n');
            return newline > 0 ? message.substring(0, newline) : message;
        }
    }

    /**
     * The line's bytes read with {@code reader} (which is given the line's text, without a byte
     * order mark, and throws when it is not a registration); null for a blank line.
     */
    static RegistrationLine of(byte[] bytes, Function<String, RegistrationReading> reader) {
        if (ByteLines.isCut(bytes)) {
            return new Skipped(null, TOO_LONG);
        }
        String text = ByteLines.text(bytes);
        if (text == null) {
            // its id is often whole (ids are ASCII): the report names it, so that the line can be found
            String id = Ids.of(new String(bytes, StandardCharsets.UTF_8));
            return new Skipped(id == null || id.indexOf('\uFFFD') >= 0 ? null : id, NOT_UTF8);
        }
        String line = Json.withoutByteOrderMark(text);
        if (line.isBlank()) {
            return null;
        }
        try {
            return new Read(reader.apply(line));
        } catch (RuntimeException e) {
            return new Skipped(Ids.of(line), e);
        }
    }

    /** The id a line that is not a registration still gives. */
    final class Ids {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private Ids() {
        }

        /** A string of at most 200 characters; null otherwise. */
        static String of(String line) {
            try {
                JsonNode id = JSON.readTree(line).path("id");
                return id.isString() && !id.asString().isBlank() && id.asString().length() <= 200 ? id.asString() : null;
            } catch (RuntimeException notJson) {
                return null;
            }
        }
    }
}
