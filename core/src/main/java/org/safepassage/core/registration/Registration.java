package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.json.Json;

/** One registration, schema {@value #SCHEMA}: the whole plaintext of a registration envelope. */
@JsonPropertyOrder({"schema", "id", "receivedAt", "channel", "language", "person", "service", "family", "access",
        "narrative", "urgency", "attachments"})
public record Registration(String schema, String id, Instant receivedAt, Channel channel, String language, Person person,
                           Service service, List<FamilyMember> family, String access, String narrative, Urgency urgency,
                           List<AttachmentRef> attachments) {

    public static final String SCHEMA = "safepassage.registration/1";

    public Registration {
        family = family == null ? List.of() : List.copyOf(family);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same registration under the id, hour and attachments an intake gives it. */
    public Registration received(String newId, Instant at, List<AttachmentRef> newAttachments) {
        return new Registration(schema, newId, at, channel, language, person, service, family, access, narrative, urgency,
                newAttachments);
    }

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }
}
