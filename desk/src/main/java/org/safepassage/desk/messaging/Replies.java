package org.safepassage.desk.messaging;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.message.Reply;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.desk.registration.RegistrationStore;
import org.springframework.stereotype.Service;

/**
 * Seals a reply to each chosen submitter thread's own reply recipient and queues it. Only the
 * submitter's receipt opens it; the intake that carries it cannot.
 */
@Service
public class Replies {

    public static final int MAX_LENGTH = 10_000;

    private final MessageStore messages;
    private final RegistrationStore registrations;
    private final SecureRandom random;
    private final Clock clock;

    public Replies(MessageStore messages, RegistrationStore registrations, SecureRandom random, Clock clock) {
        this.messages = messages;
        this.registrations = registrations;
        this.random = random;
        this.clock = clock;
    }

    /** Queues the reply for every thread; call inside the caller's transaction. */
    public void queue(List<String> threadTags, String body, SubmitterStatus status, long authorId) {
        String message = body == null || body.isBlank() ? null : body.strip();
        if (message == null && status == null) {
            throw new IllegalArgumentException("write a message or choose a status to show the submitter");
        }
        if (message != null && message.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the message is longer than " + MAX_LENGTH + " characters");
        }
        // The submitter sees the hour only, like every time the intake keeps.
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        for (String tag : threadTags) {
            String recipient = registrations.replyRecipient(tag).orElse(null);
            if (recipient == null) {
                String list = registrations.listOfThread(tag).orElse(null);
                throw new IllegalArgumentException("thread " + tag.substring(0, 8) + " has no reply key; it cannot be answered"
                        + (list == null ? "" : ": it came in the partner's list " + list + ", so write to the person through the "
                        + "partner who collected it"));
            }
            String id = newId();
            byte[] sealed = new EnvelopeSealer(List.of(new AgeRecipient(recipient)))
                    .seal(Padding.text(new Reply(Reply.SCHEMA, id, hour, message, status).toJsonBytes()));
            messages.addOutgoing(id, tag, clock.instant(), authorId, message,
                    status == null ? null : status.wireName(), sealed);
        }
    }

    private String newId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return "m-" + HexFormat.of().formatHex(bytes);
    }
}
