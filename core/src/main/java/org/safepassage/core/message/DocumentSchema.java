package org.safepassage.core.message;

import org.safepassage.core.json.Json;
import tools.jackson.core.JacksonException;

/**
 * The schema a sealed document names. Envelopes of one kind can hold documents of several schemas
 * (a registration envelope holds a registration or a duress pairing; a follow-up envelope a message
 * or a visit), so that the kinds a seized intake sees say nothing more than they did.
 */
public final class DocumentSchema {

    private DocumentSchema() {
    }

    /** The {@code schema} field of a JSON document, or empty when it has none or is not JSON. */
    public static String of(byte[] json) {
        try {
            var root = Json.MAPPER.readTree(json);
            return root != null && root.path("schema").isString() ? root.path("schema").asString() : "";
        } catch (JacksonException e) {
            return "";
        }
    }
}
