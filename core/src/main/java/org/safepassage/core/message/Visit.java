package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.safepassage.core.json.Json;

/**
 * A receipt opened its thread in this hour, schema {@value #SCHEMA}: sealed to the desk and stored at
 * the intake as an ordinary follow-up envelope of the same size, for every thread alike, so that the
 * desk learns when a duress receipt is used while the intake, and whoever holds a receipt, cannot
 * tell a duress thread from a real one. It also tells case officers that a reply has been read.
 */
@JsonPropertyOrder({"schema", "id", "receivedAt"})
public record Visit(String schema, String id, Instant receivedAt) {

    public static final String SCHEMA = "safepassage.visit/1";

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    public static Visit fromJson(byte[] json) {
        Visit visit = Json.MAPPER.readValue(json, Visit.class);
        if (!SCHEMA.equals(visit.schema()) || visit.id() == null) {
            throw new IllegalArgumentException("not a " + SCHEMA + " document with an id");
        }
        return visit;
    }
}
