package org.safepassage.intake.submitter;

import org.safepassage.intake.submission.ReplyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeOpeningException;
import org.safepassage.core.message.DocumentSchema;
import org.safepassage.core.message.Reply;
import org.safepassage.core.message.SubmitterCopy;
import org.safepassage.core.padding.Padding;
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
        List<ThreadEntry> replies = new ArrayList<>();
        List<SubmitterCopy> own = new ArrayList<>();
        int unreadable = 0;
        for (ReplyStore.SealedReply sealed : this.replies.forThread(tag)) {
            try {
                byte[] document = Padding.withoutTextPadding(opener.open(sealed.sealed(), MAX_REPLY_BYTES));
                if (DocumentSchema.of(document).equals(SubmitterCopy.SCHEMA)) {
                    own.add(SubmitterCopy.fromJson(document));
                } else {
                    Reply reply = Reply.fromJson(document);
                    replies.add(new ThreadEntry(false, reply.id(), reply.message(), reply.status(),
                            reply.sentAt() == null ? sealed.hour() : reply.sentAt(), List.of()));
                }
            } catch (EnvelopeOpeningException | RuntimeException e) {
                unreadable++;
            }
        }
        return Optional.of(new Thread(tag.hex(), inOrder(replies, own), unreadable));
    }

    /**
     * The thread in the order it was written: replies by the hour they were written; each of the
     * submitter's own messages after the last reply its page showed (the intake keeps only hours,
     * so time alone cannot tell an answer from the question it answers).
     */
    static List<ThreadEntry> inOrder(List<ThreadEntry> replies, List<SubmitterCopy> own) {
        List<ThreadEntry> sorted = new ArrayList<>(replies);
        sorted.sort(Comparator.comparing(ThreadEntry::sentAt));
        List<SubmitterCopy> mine = new ArrayList<>(own);
        mine.sort(Comparator.comparing(SubmitterCopy::sentAt));
        List<ThreadEntry> thread = new ArrayList<>();
        for (int position = -1; position < sorted.size(); position++) {
            if (position >= 0) {
                thread.add(sorted.get(position));
            }
            for (SubmitterCopy copy : mine) {
                if (lastSeen(copy, sorted) == position) {
                    thread.add(new ThreadEntry(true, null, copy.message(), null, copy.sentAt(), copy.files()));
                }
            }
        }
        return thread;
    }

    private static int lastSeen(SubmitterCopy copy, List<ThreadEntry> sorted) {
        int last = -1;
        for (int i = 0; i < sorted.size(); i++) {
            if (copy.repliesSeen().contains(sorted.get(i).replyId())) {
                last = i;
            }
        }
        return last;
    }

    /**
     * A submitter's thread as they see it: every message, oldest first, and the latest status the team
     * set. Kept in the session while it is open (memory only, never written), so that after a follow-up
     * the page shows the thread again without the receipt being typed again.
     */
    public record Thread(String tag, List<ThreadEntry> entries, int unreadable) implements java.io.Serializable {

        public Thread {
            entries = List.copyOf(entries);
        }

        public SubmitterStatus status() {
            return entries.stream().filter(e -> !e.fromSubmitter() && e.status() != null).map(ThreadEntry::status)
                    .reduce((first, second) -> second).orElse(SubmitterStatus.RECEIVED);
        }

        public boolean hasMessages() {
            return !entries.isEmpty();
        }

        /** The ids of the replies shown: a follow-up written now has seen them. */
        public List<String> repliesShown() {
            return entries.stream().filter(e -> !e.fromSubmitter() && e.replyId() != null).map(ThreadEntry::replyId).toList();
        }

        /** The thread with the submitter's message just sent at its end. */
        public Thread with(ThreadEntry sent) {
            List<ThreadEntry> more = new ArrayList<>(entries);
            more.add(sent);
            return new Thread(tag, more, unreadable);
        }
    }
}
