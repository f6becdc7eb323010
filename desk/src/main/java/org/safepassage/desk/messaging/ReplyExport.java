package org.safepassage.desk.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchWriter;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.transfer.TransferLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every queued reply into one desk-signed batch for the intake. The file appears only
 * complete (written beside, then moved); the replies count as exported only after that.
 * Nothing but sealed replies ever leaves the desk for the intake.
 */
@Service
public class ReplyExport {

    private final MessageStore messages;
    private final DeskKeys keys;
    private final TransferLog transfers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReplyExport(MessageStore messages, DeskKeys keys, TransferLog transfers, AuditLog audit,
                       TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.keys = keys;
        this.transfers = transfers;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Exports the queued replies to {@code file}; with none queued, writes nothing and returns 0 replies. */
    public synchronized Result export(Path file, String actor) throws IOException {
        List<MessageStore.Outgoing> outbox = messages.outbox();
        if (outbox.isEmpty()) {
            return new Result(null, 0, file);
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
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        List<String> ids = outbox.stream().map(MessageStore.Outgoing::id).toList();
        transaction.executeWithoutResult(status -> {
            messages.markExported(ids, batchId);
            transfers.record(batchId, "export", now, ids.size(), 0, actor);
        });
        audit.append(actor, AuditAction.EXPORT, "batch:" + batchId, ids.size() + " sealed replies to " + absolute.getFileName());
        return new Result(batchId, ids.size(), absolute);
    }

    /** The batch written (null id when there was nothing to send). */
    public record Result(String batchId, int replies, Path file) {
    }
}
