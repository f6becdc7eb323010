package org.safepassage.desk.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.message.DocumentSchema;
import org.safepassage.core.message.DuressPairing;
import org.safepassage.core.message.FollowUp;
import org.safepassage.core.message.Visit;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketException;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.registration.InvalidRegistrationException;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.duress.DuressSignals;
import org.safepassage.desk.messaging.MessageStore;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.system.TriageTeam;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an intake batch. The whole batch is verified first (the intake's signature, every
 * hash): a tampered batch, or one signed by another key, is refused whole and changes nothing.
 * Then every envelope is opened with the desk identity; one that does not open or does not hold
 * a valid document is reported and the others are imported. Registrations and follow-ups are
 * stored opened; attachments stay sealed to the desk until someone opens one. A batch taken
 * before is refused as a replay, and every envelope is stored at most once, so importing twice
 * changes nothing.
 */
@Service
public class BatchImport {

    private static final int MAX_DOCUMENT_BYTES = 1 << 20;
    private static final int ENTRIES_PER_TRANSACTION = 500;
    private static final int FAILURES_SHOWN = 50;

    private final DeskKeys keys;
    private final RegistrationStore registrations;
    private final MessageStore messages;
    private final AttachmentStore attachments;
    private final TriageTeam triageTeam;
    private final TransferLog transfers;
    private final Acknowledgements acknowledgements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportListeners listeners;
    private final DuressSignals duress;
    private final LongWork work;

    public BatchImport(DeskKeys keys, RegistrationStore registrations, MessageStore messages, AttachmentStore attachments,
                       TriageTeam triageTeam, TransferLog transfers, Acknowledgements acknowledgements, AuditLog audit,
                       TransactionTemplate transaction, Clock clock, ImportListeners listeners, DuressSignals duress,
                       LongWork work) {
        this.work = work;
        this.duress = duress;
        this.keys = keys;
        this.registrations = registrations;
        this.messages = messages;
        this.attachments = attachments;
        this.triageTeam = triageTeam;
        this.transfers = transfers;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.listeners = listeners;
    }

    public synchronized ImportResult importBatch(Path file, String actor) throws BatchRejectedException {
        Task task = work.start(Task.Kind.IMPORT, file.getFileName().toString(), 0);
        task.phase("checking the intake's signature and every envelope's hash", 0);
        try {
            ImportResult done = importVerified(file, actor, task);
            task.done("Batch " + done.batchId() + ": " + done.summary(), done.failures().stream().limit(FAILURES_SHOWN)
                    .map(f -> f.envelopeId() + ": " + f.reason()).toList());
            return done;
        } catch (BatchRejectedException | RuntimeException e) {
            task.failed("Refused, nothing imported: " + e.getMessage());
            throw e;
        }
    }

    private ImportResult importVerified(Path file, String actor, Task task) throws BatchRejectedException {
        VerifiedBatch batch;
        try {
            batch = new BatchReader(keys.intakeKey(), BatchOrigin.INTAKE).verify(file);
        } catch (BatchRejectedException e) {
            audit.append(actor, AuditAction.IMPORT_REFUSED, "batch:" + file.getFileName(), e.getMessage());
            throw e;
        }
        try (batch) {
            var previous = transfers.find(batch.batchId());
            if (previous.isPresent()) {
                String why = "batch " + batch.batchId() + " was already imported at " + previous.get()
                        + "; a replayed batch changes nothing";
                audit.append(actor, AuditAction.IMPORT_REFUSED, "batch:" + batch.batchId(), why);
                return ImportResult.replay(batch.batchId(), why);
            }
            ImportResult.Builder result = new ImportResult.Builder(batch.batchId());
            EnvelopeOpener opener = keys.opener();
            Instant now = clock.instant();
            long teamId = triageTeam.id();
            List<BatchEntry> entries = batch.entries();
            task.phase("opening and storing envelopes", entries.size());
            for (int from = 0; from < entries.size(); from += ENTRIES_PER_TRANSACTION) {
                List<Opened> chunk = new ArrayList<>();
                List<BatchEntry> slice = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_TRANSACTION));
                for (BatchEntry entry : slice) {
                    try {
                        chunk.add(open(batch, entry, opener, now));
                    } catch (IOException | IllegalArgumentException | PacketException e) {
                        result.failed(entry.id(), reason(e));
                    }
                }
                List<Registration> stored = new ArrayList<>();
                transaction.executeWithoutResult(status -> chunk.forEach(opened -> {
                    if (store(opened, batch.batchId(), teamId, now, result) && opened.registration() != null) {
                        stored.add(opened.registration());
                    }
                    acknowledgements.held(opened.entry(), batch.batchId());
                }));
                if (!stored.isEmpty()) {
                    listeners.tell("batch " + batch.batchId(), listener -> listener.stored(stored));
                }
                task.advance(slice.size());
            }
            ImportResult done = result.build();
            if (done.stored() > 0) {
                task.phase("vetting everything held (campaigns, scores)", 0);
                listeners.tell("batch " + batch.batchId(), listener -> listener.finished(done.stored()));
            }
            transaction.executeWithoutResult(status -> transfers.record(batch.batchId(), "import", now,
                    done.stored(), done.failures().size(), actor));
            audit.append(actor, AuditAction.IMPORT, "batch:" + batch.batchId(), done.summary());
            return done;
        } catch (IOException e) {
            throw new BatchRejectedException("the batch could not be read to the end: " + e.getMessage(), e);
        }
    }

    private Opened open(VerifiedBatch batch, BatchEntry entry, EnvelopeOpener opener, Instant now) throws IOException {
        byte[] sealed = batch.envelope(entry);
        String replyTo = entry.replyRecipient().orElse(null);
        switch (entry.kind()) {
            case REGISTRATION -> {
                byte[] document = Padding.withoutTextPadding(opener.open(sealed, MAX_DOCUMENT_BYTES));
                if (DocumentSchema.of(document).equals(DuressPairing.SCHEMA)) {
                    DuressPairing pairing = DuressPairing.fromJson(document);
                    requireSameId(entry, pairing.id());
                    return Opened.notice(entry, pairing, null, replyTo);
                }
                Registration registration = RegistrationParser.parse(document);
                String json = new String(document, StandardCharsets.UTF_8);
                requireSameId(entry, registration.id());
                return new Opened(entry, registration, null, json, null, replyTo, null, null);
            }
            case PACKET -> {
                // The intake names a packet's envelope by the packet's content, and cannot know the
                // reply recipient: both come from the packet itself.
                Packet packet = Packet.fromBytes(sealed);
                requireSameId(entry, packet.envelopeId());
                PacketContents contents = new PacketOpener(opener).open(packet);
                String json = contents.registrationJson(entry.id(), now);
                return new Opened(entry, RegistrationParser.parse(json), null, json, null, contents.replyTo().value(), null, null);
            }
            case FOLLOWUP -> {
                byte[] document = Padding.withoutTextPadding(opener.open(sealed, MAX_DOCUMENT_BYTES));
                if (DocumentSchema.of(document).equals(Visit.SCHEMA)) {
                    Visit visit = Visit.fromJson(document);
                    requireSameId(entry, visit.id());
                    return Opened.notice(entry, null, visit, replyTo);
                }
                String json = new String(document, StandardCharsets.UTF_8);
                FollowUp followUp = FollowUp.fromJson(document);
                requireSameId(entry, followUp.id());
                return new Opened(entry, null, followUp, json, null, replyTo, null, null);
            }
            case ATTACHMENT -> {
                // Opened once to the end so that a damaged file is reported now, then kept sealed.
                try (InputStream plaintext = opener.open(new ByteArrayInputStream(sealed))) {
                    plaintext.transferTo(OutputStream.nullOutputStream());
                }
                return new Opened(entry, null, null, null, sealed, replyTo, null, null);
            }
            default -> throw new IllegalArgumentException("a " + entry.kind().wireName()
                    + " does not belong in a batch from the intake");
        }
    }

    private static void requireSameId(BatchEntry entry, String documentId) {
        if (!entry.id().equals(documentId)) {
            throw new IllegalArgumentException("the envelope holds a document with id " + documentId
                    + ", not " + entry.id());
        }
    }

    /** Stores one opened envelope unless held already; true when it was new. */
    private boolean store(Opened opened, String batchId, long teamId, Instant now, ImportResult.Builder result) {
        BatchEntry entry = opened.entry();
        registrations.upsertThread(entry.thread(), opened.replyTo());
        if (opened.pairing() != null || opened.visit() != null) {
            if (opened.pairing() != null) {
                duress.paired(entry.thread(), opened.pairing());
            } else {
                duress.visited(entry.thread(), opened.visit().receivedAt());
            }
            result.noticed();
            return false;
        }
        boolean added = switch (entry.kind()) {
            case REGISTRATION, PACKET -> {
                if (registrations.exists(entry.id())) {
                    yield false;
                }
                registrations.insert(opened.registration(), entry.thread(), teamId, batchId, opened.json(), now);
                yield true;
            }
            case FOLLOWUP -> {
                duress.wrote(entry.thread(), opened.followUp().receivedAt());
                yield messages.addIncoming(opened.followUp(), entry.thread(), opened.json(), clock.instant());
            }
            case ATTACHMENT -> attachments.addIfAbsent(entry.id(), entry.thread(), opened.sealed(), now);
            default -> false;
        };
        if (added) {
            result.stored(entry.kind());
        } else {
            result.alreadyPresent();
        }
        return added;
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidRegistrationException invalid) {
            return "not a valid registration: " + invalid.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Opened(BatchEntry entry, Registration registration, FollowUp followUp, String json, byte[] sealed,
                          String replyTo, DuressPairing pairing, Visit visit) {

        /** A note for the desk rather than something the submitter wrote: a duress pairing or a visit. */
        static Opened notice(BatchEntry entry, DuressPairing pairing, Visit visit, String replyTo) {
            return new Opened(entry, null, null, null, null, replyTo, pairing, visit);
        }
    }
}
