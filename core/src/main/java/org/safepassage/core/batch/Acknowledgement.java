package org.safepassage.core.batch;

import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.safepassage.core.json.Json;

/**
 * The desk's word that it holds, opened and stored, these envelopes of intake batch {@code batch}
 * (schema {@value #SCHEMA}). It travels in a desk-signed batch; the intake then deletes each
 * envelope whose content still has the SHA-256 named here, and nothing else.
 */
@JsonPropertyOrder({"schema", "batch", "envelopes"})
public record Acknowledgement(String schema, String batch, List<Held> envelopes) {

    public static final String SCHEMA = "safepassage.ack/1";
    public static final int MAX_ENVELOPES = BatchLimits.DEFAULT.maxEntries();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Acknowledgement {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema: must be exactly " + SCHEMA);
        }
        if (batch == null || batch.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement names the intake batch it answers");
        }
        envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
        if (envelopes.size() > MAX_ENVELOPES) {
            throw new IllegalArgumentException("an acknowledgement holds at most " + MAX_ENVELOPES + " envelopes");
        }
        for (Held held : envelopes) {
            if (held == null || !BatchEntry.isValidId(held.id()) || held.sha256() == null || !SHA256.matcher(held.sha256()).matches()) {
                throw new IllegalArgumentException("an acknowledged envelope needs a valid id and a SHA-256 of 64 lower-case hex digits");
            }
        }
    }

    public static Acknowledgement of(String batch, List<Held> envelopes) {
        return new Acknowledgement(SCHEMA, batch, envelopes);
    }

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    public static Acknowledgement fromJson(byte[] json) {
        return Json.MAPPER.readValue(json, Acknowledgement.class);
    }

    /** One envelope the desk holds: its id and the SHA-256 of its sealed content. */
    public record Held(String id, String sha256) {
    }
}
