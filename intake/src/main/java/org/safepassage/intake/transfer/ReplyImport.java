package org.safepassage.intake.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.submission.ReplyStore;
import org.safepassage.intake.system.HourClock;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a desk-signed batch of sealed replies and acknowledgements. The whole batch is verified
 * first; then, in one transaction, every envelope the desk acknowledges holding is deleted for good
 * (if its content still has the acknowledged SHA-256 and it was exported), and every reply for a
 * known submitter is stored. A batch imported before changes nothing.
 * A reply is addressed to a lookup tag, or, for a packet the desk received by another road, to
 * {@code key:} and the packet's lookup key: the intake makes the tag with its pepper
 * and opens the thread, so the submitter finds the reply with the receipt.
 */
@Service
public class ReplyImport {

    static final int DELETIONS_PER_TRANSACTION = 100;
    private static final Pattern TAG = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY = Pattern.compile(BatchEntry.LOOKUP_KEY_PREFIX + "[0-9a-f]{64}");

    private final IntakeKeys keys;
    private final EnvelopeStore envelopes;
    private final ReplyStore replies;
    private final HourClock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public ReplyImport(IntakeKeys keys, EnvelopeStore envelopes, ReplyStore replies, HourClock clock, JdbcClient jdbc,
                       TransactionTemplate transaction) {
        this.keys = keys;
        this.envelopes = envelopes;
        this.replies = replies;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public Result importBatch(Path file) throws IOException {
        var deskKey = keys.deskKey().orElseThrow(() -> new BatchRejectedException(
                "no desk signing key configured: start with --desk-signing-key FILE to accept reply batches"));
        try (VerifiedBatch batch = new BatchReader(deskKey, BatchOrigin.DESK).verify(file)) {
            List<Acknowledgement> acknowledgements = new ArrayList<>();
            for (BatchEntry entry : batch.entries()) {
                if (entry.kind() == EnvelopeKind.ACK) {
                    acknowledgements.add(acknowledgement(batch, entry));
                    continue;
                }
                if (entry.kind() != EnvelopeKind.REPLY) {
                    throw new BatchRejectedException("envelope " + entry.id() + " is a " + entry.kind().wireName()
                            + "; a desk batch for the intake holds replies and acknowledgements only");
                }
                if (!TAG.matcher(entry.thread()).matches() && !KEY.matcher(entry.thread()).matches()) {
                    throw new BatchRejectedException("envelope " + entry.id() + " is not addressed to a lookup tag");
                }
            }
            boolean seen = jdbc.sql("select count(*) from batch_log where batch_id = ?").param(batch.batchId())
                    .query(Long.class).single() > 0;
            if (seen) {
                // replies are not stored twice; what an import stopped half way left undeleted goes now
                return new Result(batch.batchId(), 0, 0, deleteAcknowledged(acknowledgements), true);
            }
            int[] counts = new int[2];
            try {
                importOnce(batch, counts);
            } catch (DuplicateKeyException importedAtTheSameMoment) {
                // another node or command imported this batch at the same moment: nothing twice
                return new Result(batch.batchId(), 0, 0, deleteAcknowledged(acknowledgements), true);
            }
            return new Result(batch.batchId(), counts[0], counts[1], deleteAcknowledged(acknowledgements), false);
        }
    }

    /**
     * Stores the replies in one transaction that first records the batch: an import of the same batch
     * at the same moment waits on that row and then finds it, instead of storing anything twice.
     */
    private void importOnce(VerifiedBatch batch, int[] counts) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into batch_log (batch_id, direction, batch_hour, envelope_count) values (?, 'import', ?, 0)")
                    .params(batch.batchId(), Timestamp.from(clock.currentHour()))
                    .update();
            for (BatchEntry entry : batch.entries()) {
                if (entry.kind() == EnvelopeKind.ACK) {
                    continue;
                }
                LookupTag tag;
                if (KEY.matcher(entry.thread()).matches()) {
                    String keyHex = entry.thread().substring(BatchEntry.LOOKUP_KEY_PREFIX.length());
                    LookupKey key = LookupKey.fromHex(keyHex);
                    tag = LookupTag.of(keys.pepper(), key);
                    envelopes.createThreadIfAbsent(tag, clock.currentHour());
                } else {
                    tag = new LookupTag(entry.thread());
                }
                if (!envelopes.threadExists(tag)) {
                    counts[1]++;
                    continue;
                }
                try {
                    if (replies.addIfAbsent(entry.id(), tag.hex(), clock.currentHour(), batch.envelope(entry))) {
                        counts[0]++;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            jdbc.sql("update batch_log set envelope_count = ? where batch_id = ?").params(counts[0], batch.batchId()).update();
        });
    }

    /**
     * Deletes what the desk acknowledged holding, {@value #DELETIONS_PER_TRANSACTION} envelopes a
     * transaction, once the batch is recorded: H2 keeps every row a transaction deletes whole until it
     * ends, and the 20,000 deletions of a full batch in one took an intake's file from 0.4 to 1.3 GB.
     * If the intake stops half way, importing the same batch again deletes the rest (each deletion
     * checks that the envelope is still there, exported and unchanged). In the order of the table's
     * key, so that two nodes deleting at once take their locks in the same order.
     */
    private int deleteAcknowledged(List<Acknowledgement> acknowledgements) {
        List<Acknowledgement.Held> held = new ArrayList<>();
        acknowledgements.forEach(acknowledgement -> held.addAll(acknowledgement.envelopes()));
        held.sort(java.util.Comparator.comparing(Acknowledgement.Held::id));
        int deleted = 0;
        for (int from = 0; from < held.size(); from += DELETIONS_PER_TRANSACTION) {
            List<Acknowledgement.Held> part = held.subList(from, Math.min(held.size(), from + DELETIONS_PER_TRANSACTION));
            Integer done = transaction.execute(status -> {
                int count = 0;
                for (Acknowledgement.Held envelope : part) {
                    if (envelopes.deleteAcknowledged(envelope.id(), envelope.sha256())) {
                        count++;
                    }
                }
                return count;
            });
            deleted += done == null ? 0 : done;
        }
        return deleted;
    }

    private static Acknowledgement acknowledgement(VerifiedBatch batch, BatchEntry entry) throws IOException {
        try {
            return Acknowledgement.fromJson(batch.envelope(entry));
        } catch (RuntimeException e) {
            throw new BatchRejectedException("acknowledgement " + entry.id() + " does not read: " + e.getMessage());
        }
    }

    /**
     * Replies stored, replies for submitters this intake does not know, envelopes deleted because the
     * desk acknowledged holding them, and whether the batch was seen before.
     */
    public record Result(String batchId, int stored, int unknownThreads, int deleted, boolean alreadyImported) {
    }
}
