package org.safepassage.intake.submission;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.message.FollowUp;
import org.safepassage.core.message.SubmitterCopy;
import org.safepassage.core.message.DuressPairing;
import org.safepassage.core.message.Visit;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.receipt.FormReceipts;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.Registration;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.HourClock;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Accepts submissions: seals the document and every attachment to the desk in memory, then
 * stores all of them in one transaction (shared with other submissions by {@link GroupCommit}).
 * A receipt is returned only after that commit, so a receipt shown is a submission kept; a
 * failure stores nothing.
 */
@Service
public class Submissions {

    private final IntakeKeys keys;
    private final EnvelopeStore store;
    private final EnvelopeIds ids;
    private final HourClock clock;
    private final StorageQuota quota;
    private final GroupCommit groupCommit;
    private final SecureRandom random;
    private final Semaphore sealing;
    private final long maxAttachmentBytes;
    private final ReplyStore replies;

    public Submissions(IntakeKeys keys, EnvelopeStore store, EnvelopeIds ids, HourClock clock, StorageQuota quota,
                       GroupCommit groupCommit, SecureRandom random, IntakeSettings settings, ReplyStore replies) {
        this.replies = replies;
        this.keys = keys;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.quota = quota;
        this.groupCommit = groupCommit;
        this.random = random;
        this.sealing = new Semaphore(settings.concurrentSubmissions());
        this.maxAttachmentBytes = settings.maxAttachmentSize().toBytes();
    }

    /** The receipts a registration gives: its own, and the second one to give up under pressure when asked for. */
    public record Receipts(Receipt real, Optional<Receipt> duress) {
    }

    /**
     * Seals and stores a registration. {@code draft} receives the envelope id, the hour and the
     * attachment references and returns the finished record. With {@code duressReceipt}, a second
     * thread is stored beside it, under a second receipt: it looks like any other registration's
     * thread (one registration envelope of the same size, created in the same hour, in the same
     * commit) and holds only a sealed note that tells the desk whose duress receipt it is.
     */
    public Receipts register(List<Upload> uploads, RegistrationDraft draft, boolean duressReceipt) {
        byte[] token = new byte[16];
        random.nextBytes(token);
        return register(uploads, draft, duressReceipt, java.util.HexFormat.of().formatHex(token));
    }

    /**
     * As {@link #register(List, RegistrationDraft, boolean)}, for a form with its one-time key: the key
     * decides the receipts, and a form stored before (sent again) gives them again, stored once.
     */
    public Receipts register(List<Upload> uploads, RegistrationDraft draft, boolean duressReceipt, String formKey) {
        Receipt receipt = FormReceipts.real(keys.pepper(), formKey);
        LookupTag tag = LookupTag.of(keys.pepper(), receipt);
        Optional<Receipt> duress = duressReceipt ? Optional.of(FormReceipts.duress(keys.pepper(), formKey)) : Optional.empty();
        try {
            return store(uploads, draft, receipt, tag, duress);
        } catch (DuplicateKeyException storedBefore) {
            // this form's thread exists (a retry after a timeout, a second click): the same receipts, nothing twice;
            // found by the thread's unique tag, so that a first send costs no extra query
            return new Receipts(receipt, duress.filter(second -> store.threadExists(LookupTag.of(keys.pepper(), second))));
        }
    }

    private Receipts store(List<Upload> uploads, RegistrationDraft draft, Receipt receipt, LookupTag tag, Optional<Receipt> duress) {
        return admitted(totalSize(uploads), () -> {
            String replyRecipient = ReplyKeys.recipient(receipt).value();
            Instant hour = clock.currentHour();
            EnvelopeSealer sealer = keys.sealer();
            List<NewEnvelope> envelopes = new ArrayList<>();
            List<AttachmentRef> refs = sealAttachments(uploads, sealer, envelopes);
            String id = ids.next(EnvelopeKind.REGISTRATION);
            Registration registration = draft.complete(id, hour, refs);
            byte[] document = registration.toJsonBytes();
            envelopes.add(0, new NewEnvelope(id, EnvelopeKind.REGISTRATION, sealer.seal(Padding.text(document))));
            Optional<NewEnvelope> pairing = duress.map(second -> {
                String pairingId = ids.next(EnvelopeKind.REGISTRATION);
                byte[] note = new DuressPairing(DuressPairing.SCHEMA, pairingId, hour, id).toJsonBytes();
                // as large as the real registration's envelope, so that the sizes do not pair them
                return new NewEnvelope(pairingId, EnvelopeKind.REGISTRATION,
                        sealer.seal(Padding.text(note, Padding.textSize(document.length))));
            });
            groupCommit.write(() -> {
                store.createThread(tag, hour);
                envelopes.forEach(envelope -> store.add(tag, envelope, hour,
                        envelope.kind() == EnvelopeKind.REGISTRATION ? replyRecipient : null));
                if (duress.isPresent()) {
                    LookupTag duressTag = LookupTag.of(keys.pepper(), duress.get());
                    store.createThread(duressTag, hour);
                    store.add(duressTag, pairing.orElseThrow(), hour, ReplyKeys.recipient(duress.get()).value());
                }
            });
            quota.stored(envelopes.stream().mapToLong(envelope -> envelope.sealed().length).sum()
                    + pairing.map(envelope -> (long) envelope.sealed().length).orElse(0L));
            return new Receipts(receipt, duress);
        });
    }

    /**
     * Tells the desk, sealed, that a receipt opened its thread this hour: once an hour at most, and
     * not when the thread already sent something this hour (which tells the same). Done for every
     * thread alike: it is how the desk learns that a duress receipt was used.
     */
    public void visited(LookupTag thread) {
        Instant hour = clock.currentHour();
        if (store.hasEnvelopeFrom(thread, EnvelopeKind.FOLLOWUP, hour)) {
            return;
        }
        try {
            admitted(0, () -> {
                String id = ids.next(EnvelopeKind.FOLLOWUP);
                byte[] sealed = keys.sealer().seal(Padding.text(new Visit(Visit.SCHEMA, id, hour).toJsonBytes()));
                groupCommit.write(() -> store.add(thread, new NewEnvelope(id, EnvelopeKind.FOLLOWUP, sealed), hour));
                quota.stored(sealed.length);
                return null;
            });
        } catch (IntakeBusyException busy) {
            // reading one's replies never waits on the intake being busy; the next visit tells the desk
        }
    }

    /**
     * Seals and stores a follow-up message (and files) on an existing thread, saying which replies its
     * writer's page showed. With {@code copyTo} (the submitter's reply recipient), a copy of the message
     * and the files' names, sealed to that recipient like a reply, is kept in the thread for the
     * submitter to read with their receipt; returned so that the page can show it at once.
     */
    public Optional<SubmitterCopy> followUp(LookupTag thread, String language, String message, List<Upload> uploads,
                                            List<String> repliesSeen, String copyTo) {
        return admitted(totalSize(uploads) + message.length(), () -> {
            Instant hour = clock.currentHour();
            EnvelopeSealer sealer = keys.sealer();
            List<NewEnvelope> envelopes = new ArrayList<>();
            List<AttachmentRef> refs = sealAttachments(uploads, sealer, envelopes);
            String id = ids.next(EnvelopeKind.FOLLOWUP);
            FollowUp followUp = new FollowUp(FollowUp.SCHEMA, id, hour, language, message, refs, repliesSeen);
            envelopes.add(0, new NewEnvelope(id, EnvelopeKind.FOLLOWUP, sealer.seal(Padding.text(followUp.toJsonBytes()))));
            SubmitterCopy copy = null;
            byte[] sealedCopy = null;
            String copyId = null;
            if (copyTo != null) {
                copyId = replyLikeId();
                copy = new SubmitterCopy(SubmitterCopy.SCHEMA, copyId, hour, message,
                        refs.stream().map(AttachmentRef::name).toList(), repliesSeen);
                sealedCopy = new EnvelopeSealer(List.of(new AgeRecipient(copyTo))).seal(Padding.text(copy.toJsonBytes()));
            }
            String keptId = copyId;
            byte[] kept = sealedCopy;
            groupCommit.write(() -> {
                envelopes.forEach(envelope -> store.add(thread, envelope, hour));
                if (kept != null) {
                    replies.addIfAbsent(keptId, thread.hex(), hour, kept);
                }
            });
            quota.stored(envelopes.stream().mapToLong(envelope -> envelope.sealed().length).sum()
                    + (kept == null ? 0 : kept.length));
            return Optional.ofNullable(copy);
        });
    }

    /** An id shaped like the desk's reply ids, so that a kept copy and a reply cannot be told apart at rest. */
    private String replyLikeId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return "m-" + java.util.HexFormat.of().formatHex(bytes);
    }

    private List<AttachmentRef> sealAttachments(List<Upload> uploads, EnvelopeSealer sealer, List<NewEnvelope> envelopes) {
        List<AttachmentRef> refs = new ArrayList<>();
        for (Upload upload : uploads) {
            String id = ids.next(EnvelopeKind.ATTACHMENT);
            envelopes.add(new NewEnvelope(id, EnvelopeKind.ATTACHMENT,
                    sealer.seal(Padding.attachment(upload.content(), maxAttachmentBytes))));
            refs.add(new AttachmentRef(id, Upload.safeName(upload.name()), upload.content().length, Sha256.hex(upload.content())));
        }
        return refs;
    }

    private <T> T admitted(long bytes, Supplier<T> work) {
        quota.ensureRoomFor(bytes + 2L * Padding.TEXT_BYTES);
        boolean acquired;
        try {
            acquired = sealing.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException("interrupted while waiting");
        }
        if (!acquired) {
            throw new IntakeBusyException("too many submissions at once");
        }
        try {
            return work.get();
        } finally {
            sealing.release();
        }
    }

    private long totalSize(List<Upload> uploads) {
        return uploads.stream().mapToLong(upload -> Padding.attachmentSize(upload.content().length, maxAttachmentBytes)).sum();
    }

    /** Finishes a registration once the intake has chosen its id, hour and attachment envelopes. */
    @FunctionalInterface
    public interface RegistrationDraft {
        Registration complete(String id, Instant receivedAt, List<AttachmentRef> attachments);
    }
}
