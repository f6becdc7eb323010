package org.safepassage.desk.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchWriter;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.storage.EmbeddedStore;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.transfer.Acknowledgements;
import org.safepassage.desk.transfer.TransferLog;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every queued reply, and the acknowledgements of every intake envelope the desk now holds,
 * into one desk-signed batch for the intake. The file appears only complete (written beside, then
 * moved); replies and acknowledgements count as sent only after that. Nothing but sealed replies and
 * envelope ids with their hashes ever leaves the desk for the intake.
 */
@Service
public class ReplyExport {

    private final MessageStore messages;
    private final Acknowledgements acknowledgements;
    private final DeskKeys keys;
    private final TransferLog transfers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random;
    private final JdbcTemplate jdbc;

    public ReplyExport(MessageStore messages, Acknowledgements acknowledgements, DeskKeys keys, TransferLog transfers,
                       AuditLog audit, TransactionTemplate transaction, Clock clock, SecureRandom random, JdbcTemplate jdbc) {
        this.messages = messages;
        this.acknowledgements = acknowledgements;
        this.keys = keys;
        this.transfers = transfers;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.random = random;
        this.jdbc = jdbc;
    }

    /** Exports the queued replies and acknowledgements to {@code file}; with none queued, writes nothing. */
    public synchronized Result export(Path file, String actor) throws IOException {
        List<MessageStore.Outgoing> outbox = messages.outbox();
        List<Acknowledgement> acks = acknowledgements.pending();
        if (outbox.isEmpty() && acks.isEmpty()) {
            return new Result(null, 0, 0, file);
        }
        if (!acks.isEmpty()) {
            // an acknowledgement lets the intake delete what it sent: what the desk holds must first
            // be on its disk, not only in the operating system's cache, where a power failure takes it
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                EmbeddedStore.forceCommitted(connection);
                return null;
            });
        }
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), ".replies", ".partial");
        Instant now = clock.instant();
        String batchId;
        try {
            try (OutputStream out = Files.newOutputStream(partial);
                 BatchWriter writer = new BatchWriter(out, keys.signingKey(), BatchOrigin.DESK, now)) {
                batchId = writer.batchId();
                for (MessageStore.Outgoing reply : outbox) {
                    writer.add(reply.id(), EnvelopeKind.REPLY, reply.address(),
                            reply.byLookupKey() ? reply.replyRecipient() : null, reply.sealed());
                }
                for (Acknowledgement ack : acks) {
                    writer.add(ackId(), EnvelopeKind.ACK, ack.batch(), null, ack.toJsonBytes());
                }
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        List<String> ids = outbox.stream().map(MessageStore.Outgoing::id).toList();
        int acknowledged = acks.stream().mapToInt(ack -> ack.envelopes().size()).sum();
        transaction.executeWithoutResult(status -> {
            messages.markExported(ids, batchId);
            acknowledgements.sent(acks, batchId);
            transfers.record(batchId, "export", now, ids.size(), 0, actor);
        });
        audit.append(actor, AuditAction.EXPORT, "batch:" + batchId, ids.size() + " sealed replies and acknowledgements of "
                + acknowledged + " intake envelopes to " + absolute.getFileName());
        return new Result(batchId, ids.size(), acknowledged, absolute);
    }

    private String ackId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "k-" + HexFormat.of().formatHex(bytes);
    }

    /** The batch written (null id when there was nothing to send), its replies and the intake envelopes it acknowledges. */
    public record Result(String batchId, int replies, int acknowledged, Path file) {
    }
}
