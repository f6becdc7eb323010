package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.text.DisplaySafeText;

/**
 * A later message or file from a submitter, schema {@value #SCHEMA}; the whole plaintext of its
 * envelope. {@code repliesSeen}: the ids of the replies the submitter's page showed when they wrote
 * it (empty when none had reached them; absent from follow-ups written before the intake said so),
 * which puts it in its true place in the conversation: the intake stamps only the hour.
 */
@JsonPropertyOrder({"schema", "id", "receivedAt", "language", "message", "attachments", "repliesSeen"})
public record FollowUp(String schema, String id, Instant receivedAt, String language, String message,
                       List<AttachmentRef> attachments, List<String> repliesSeen) {

    public static final String SCHEMA = "safepassage.followup/1";

    public FollowUp {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        repliesSeen = repliesSeen == null ? null : List.copyOf(repliesSeen);
    }

    public byte[] toJsonBytes() {
        return Json.MAPPER.writeValueAsBytes(this);
    }

    /** Reads a follow-up; its message and file names come out without reordering controls ({@link DisplaySafeText}). */
    public static FollowUp fromJson(byte[] json) {
        FollowUp followUp = Json.MAPPER.readValue(json, FollowUp.class);
        if (!SCHEMA.equals(followUp.schema())) {
            throw new IllegalArgumentException("schema: must be exactly " + SCHEMA);
        }
        return new FollowUp(followUp.schema(), followUp.id(), followUp.receivedAt(), followUp.language(),
                DisplaySafeText.clean(followUp.message()), followUp.attachments().stream()
                .map(ref -> new AttachmentRef(ref.envelope(), DisplaySafeText.fileName(ref.name()), ref.size(), ref.sha256()))
                .toList(), followUp.repliesSeen());
    }
}
