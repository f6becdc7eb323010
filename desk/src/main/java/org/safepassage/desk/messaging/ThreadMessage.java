package org.safepassage.desk.messaging;

import java.time.Instant;

/**
 * One message with a submitter: {@code in} (a follow-up they sent, with the attachment refs in its
 * document) or {@code out} (a reply, queued until exported).
 */
public record ThreadMessage(String id, String threadTag, String direction, Instant writtenAt, String author, String body,
                           String status, String document, String exportBatch) {

    public boolean incoming() {
        return "in".equals(direction);
    }

    public boolean queued() {
        return !incoming() && exportBatch == null;
    }
}
