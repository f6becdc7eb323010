package org.safepassage.intake.submitter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeOpeningException;
import org.safepassage.core.message.Reply;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.stereotype.Service;

/**
 * What a returning submitter sees: replies opened in memory with the key their receipt rebuilds.
 * The key is derived before the lookup, so a known and an unknown receipt cost the same.
 */
@Service
public class SubmitterView {

    private static final int MAX_REPLY_BYTES = 1 << 20;

    private final IntakeKeys keys;
    private final EnvelopeStore envelopes;
    private final ReplyStore replies;

    public SubmitterView(IntakeKeys keys, EnvelopeStore envelopes, ReplyStore replies) {
        this.keys = keys;
        this.envelopes = envelopes;
        this.replies = replies;
    }

    public Optional<Thread> open(Receipt receipt) {
        List<AgeIdentity> identities = ReplyKeys.identities(receipt);
        LookupTag tag = LookupTag.of(keys.pepper(), receipt);
        if (!envelopes.threadExists(tag)) {
            return Optional.empty();
        }
        EnvelopeOpener opener = new EnvelopeOpener(identities);
        List<OpenedReply> opened = new ArrayList<>();
        int unreadable = 0;
        for (ReplyStore.SealedReply sealed : replies.forThread(tag)) {
            try {
                Reply reply = Reply.fromJson(opener.open(sealed.sealed(), MAX_REPLY_BYTES));
                opened.add(new OpenedReply(reply.message(), reply.status(), sealed.hour(),
                        reply.sentAt() == null ? sealed.hour() : reply.sentAt()));
            } catch (EnvelopeOpeningException | RuntimeException e) {
                unreadable++;
            }
        }
        opened.sort(Comparator.comparing(OpenedReply::sentAt));
        SubmitterStatus status = opened.stream().map(OpenedReply::status).filter(s -> s != null)
                .reduce((first, second) -> second).orElse(SubmitterStatus.RECEIVED);
        return Optional.of(new Thread(tag, status, opened, unreadable));
    }

    /** A submitter's thread as they see it: the latest status and every reply, oldest first. */
    public record Thread(LookupTag tag, SubmitterStatus status, List<OpenedReply> replies, int unreadable) {
    }

    public record OpenedReply(String message, SubmitterStatus status, Instant hour, Instant sentAt) {
    }
}
