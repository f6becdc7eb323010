package org.safepassage.intake.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
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
 * Writes the envelopes not yet exported into one intake-signed batch for the desk. The envelopes
 * are claimed for the batch in the database and the claim is held, in one transaction, while the
 * batch is written aside and renamed into place; it commits only then. A failure or a killed node
 * rolls the claim back and the envelopes wait for the next batch; a crash between the rename and the
 * commit exports them again, which the desk ignores. Several nodes on one PostgreSQL, or a command
 * beside a serving intake, each claim different envelopes: none is in two batches.
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
    /** One export at a time per node (the schedule and an operator's request); nodes meet in the database. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

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
        oneAtATime.lock();
        try {
            Result result = transaction.execute(status -> {
                try {
                    return writeClaimed(absolute);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            quota.refresh();
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            oneAtATime.unlock();
        }
    }

    private Result writeClaimed(Path absolute) throws IOException {
        Path partial = Files.createTempFile(absolute.getParent(), ".batch", ".partial");
        int count = 0;
        String batchId;
        try {
            try (OutputStream out = Files.newOutputStream(partial);
                 BatchWriter writer = new BatchWriter(out, keys.signingKey(), BatchOrigin.INTAKE, clock.currentHour())) {
                batchId = writer.batchId();
                if (store.claim(batchId, MAX_PER_BATCH) == 0) {
                    return new Result(null, 0);
                }
                String after = "";
                List<EnvelopeStore.PendingEnvelope> page;
                do {
                    page = store.claimed(batchId, after, PAGE);
                    for (EnvelopeStore.PendingEnvelope envelope : page) {
                        String replyTo = envelope.kind() == EnvelopeKind.REGISTRATION ? envelope.replyRecipient() : null;
                        writer.add(envelope.id(), envelope.kind(), envelope.thread(), replyTo, envelope.sealed());
                        count++;
                        after = envelope.id();
                    }
                } while (!page.isEmpty());
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        jdbc.sql("insert into batch_log (batch_id, direction, batch_hour, envelope_count) values (?, 'export', ?, ?)")
                .params(batchId, Timestamp.from(clock.currentHour()), count)
                .update();
        return new Result(batchId, count);
    }

    /** What an export wrote: the batch id (absent when nothing waited) and how many envelopes. */
    public record Result(String batchId, int envelopes) {
    }
}
