package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.json.Json;
import org.safepassage.core.text.DisplaySafeText;

/**
 * A submitter's own follow-up as they see it in their thread, schema {@value #SCHEMA}: kept by the
 * intake sealed to the submitter's reply recipient (only their receipt opens it, like a reply), never
 * readable on the intake. It holds the message, the names of the files sent (not the files), the hour,
 * and the replies the page showed when it was written, which put it in its place in the thread.
 */
@JsonPropertyOrder({"schema", "id", "sentAt", "message", "files", "repliesSeen"})
public record SubmitterCopy(String schema, String id, Instant sentAt, String message, List<String> files,
                            List<String> repliesSeen) {

    public static final String SCHEMA = "safepassage.submitter-copy/1";

    public SubmitterCopy {
        files = files == null ? List.of() : List.copyOf(files);
        repliesSeen = repliesSeen == null ? List.of() : List.copyOf(repliesSeen);
    }

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    public static SubmitterCopy fromJson(byte[] json) {
        SubmitterCopy copy = Json.MAPPER.readValue(json, SubmitterCopy.class);
        if (!SCHEMA.equals(copy.schema())) {
            throw new IllegalArgumentException("schema: must be exactly " + SCHEMA);
        }
        return new SubmitterCopy(copy.schema(), copy.id(), copy.sentAt(), DisplaySafeText.clean(copy.message()),
                copy.files().stream().map(DisplaySafeText::fileName).toList(), copy.repliesSeen());
    }
}
