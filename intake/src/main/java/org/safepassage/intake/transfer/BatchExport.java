package org.safepassage.intake.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchWriter;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.submission.StorageQuota;
import org.safepassage.intake.system.HourClock;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every envelope not yet exported into one intake-signed batch for the desk. The batch
 * file appears only when complete (written aside, then renamed), and the envelopes are marked
 * exported only after that; a crash in between exports them again, which the desk ignores.
 */
@Service
public class BatchExport {

    private static final int PAGE = 500;
    /**
     * Envelopes in one batch at most: each registration's entry carries its reply recipient (about
     * 2 KB for a post-quantum key), and the desk reads a manifest of up to 64 MB; the rest waits for
     * the next batch.
     */
    static final int MAX_PER_BATCH = 20_000;

    private final EnvelopeStore store;
    private final IntakeKeys keys;
    private final HourClock clock;
    private final StorageQuota quota;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public BatchExport(EnvelopeStore store, IntakeKeys keys, HourClock clock, StorageQuota quota, JdbcClient jdbc,
                       TransactionTemplate transaction) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.quota = quota;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Exports to {@code target}; returns the number of envelopes, 0 (and no file) when nothing waits. */
    public Result export(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), ".batch", ".partial");
        List<String> exported = new ArrayList<>();
        long bytes = 0;
        String batchId;
        try {
            try (OutputStream out = Files.newOutputStream(partial);
                 BatchWriter writer = new BatchWriter(out, keys.signingKey(), BatchOrigin.INTAKE, clock.currentHour())) {
                batchId = writer.batchId();
                String after = "";
                List<EnvelopeStore.PendingEnvelope> page;
                do {
                    page = store.unexported(after, Math.min(PAGE, MAX_PER_BATCH - exported.size()));
                    for (EnvelopeStore.PendingEnvelope envelope : page) {
                        String replyTo = envelope.kind() == EnvelopeKind.REGISTRATION ? envelope.replyRecipient() : null;
                        writer.add(envelope.id(), envelope.kind(), envelope.thread(), replyTo, envelope.sealed());
                        exported.add(envelope.id());
                        bytes += envelope.sealed().length;
                        after = envelope.id();
                    }
                } while (!page.isEmpty() && exported.size() < MAX_PER_BATCH);
            }
            if (exported.isEmpty()) {
                return new Result(null, 0);
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        String id = batchId;
        transaction.executeWithoutResult(status -> {
            store.markExported(exported, id);
            jdbc.sql("insert into batch_log (batch_id, direction, batch_hour, envelope_count) values (?, 'export', ?, ?)")
                    .params(id, Timestamp.from(clock.currentHour()), exported.size())
                    .update();
        });
        quota.collected(bytes);
        return new Result(id, exported.size());
    }

    /** What an export wrote: the batch id (absent when nothing waited) and how many envelopes. */
    public record Result(String batchId, int envelopes) {
    }
}
