package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.safepassage.core.json.Json;

/**
 * A message from the desk to a submitter, schema {@value #SCHEMA}, sealed to the submitter's reply
 * recipient. The status travels inside the envelope so that a seized intake learns nothing of it.
 */
@JsonPropertyOrder({"schema", "id", "sentAt", "message", "status"})
public record Reply(String schema, String id, Instant sentAt, String message, SubmitterStatus status) {

    public static final String SCHEMA = "safepassage.reply/1";

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    public static Reply fromJson(byte[] json) {
        Reply reply = Json.MAPPER.readValue(json, Reply.class);
        if (!SCHEMA.equals(reply.schema())) {
            throw new IllegalArgumentException("schema: must be exactly " + SCHEMA);
        }
        return reply;
    }
}
