package org.safepassage.desk.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.message.FollowUp;
import org.safepassage.core.registration.AttachmentRef;

/**
 * One message with a submitter: {@code in} (a follow-up they sent, with the attachment refs in its
 * document) or {@code out} (a reply, queued until exported). For a follow-up, {@code writtenAt} is
 * the hour the intake stamped, {@code arrivedAt} when the desk imported it, {@code afterReply} the
 * latest reply its writer had seen, and {@code seenKnown} whether the follow-up said so at all.
 */
public record ThreadMessage(String id, String threadTag, String direction, Instant writtenAt, String author, String body,
                            String status, String document, String exportBatch, Instant arrivedAt, String afterReply,
                            boolean seenKnown) {

    public boolean incoming() {
        return "in".equals(direction);
    }

    public boolean queued() {
        return !incoming() && exportBatch == null;
    }

    /** The files a follow-up brought (none for a reply). */
    public List<AttachmentRef> attachments() {
        if (!incoming() || document == null) {
            return List.of();
        }
        return FollowUp.fromJson(document.getBytes(StandardCharsets.UTF_8)).attachments();
    }
}
