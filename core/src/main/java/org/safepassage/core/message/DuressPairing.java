package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.safepassage.core.json.Json;

/**
 * What a duress receipt's thread holds, schema {@value #SCHEMA}: sealed to the desk and stored at the
 * intake as an ordinary registration envelope of the same padded size as the real one, it tells the
 * desk only that this thread is the second receipt of {@code registration}. Nothing of the real
 * registration is in it, and nothing at the intake tells the two threads apart.
 *
 * @param id           the envelope's own id
 * @param receivedAt   the hour, as every registration's
 * @param registration the id of the real registration this receipt stands in for under pressure
 */
@JsonPropertyOrder({"schema", "id", "receivedAt", "registration"})
public record DuressPairing(String schema, String id, Instant receivedAt, String registration) {

    public static final String SCHEMA = "safepassage.duress/1";

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    public static DuressPairing fromJson(byte[] json) {
        DuressPairing pairing = Json.MAPPER.readValue(json, DuressPairing.class);
        if (!SCHEMA.equals(pairing.schema()) || pairing.id() == null || pairing.registration() == null) {
            throw new IllegalArgumentException("not a " + SCHEMA + " document with an id and a registration");
        }
        return pairing;
    }
}
