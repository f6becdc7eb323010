package org.safepassage.intake.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.submission.NewEnvelope;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a broadcast the embedded intake holds a large backlog: a batch of the largest size is
 * claimed and written well within the database's statement time, and claiming it does not rewrite
 * the envelopes it claims (which had made a 20,000-envelope backlog time out again and again while
 * the file grew by gigabytes).
 */
class BacklogExportTest {

    private static final int BACKLOG = BatchExport.MAX_PER_BATCH;
    private static final int ENVELOPE_BYTES = 9_851;

    @TempDir
    Path dir;

    @Test
    void aFullBatchOfRegistrationSizedEnvelopesIsExportedWholeWithoutRewritingThem() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir.resolve("intake"), TestDatabase.H2, Map.of())) {
            EnvelopeStore store = intake.bean(EnvelopeStore.class);
            Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            LookupTag thread = new LookupTag(HexFormat.of().formatHex(new byte[32]).replace('0', 'c'));
            intake.bean(TransactionTemplate.class).executeWithoutResult(status -> {
                store.createThread(thread, hour);
                for (int i = 0; i < BACKLOG; i++) {
                    byte[] sealed = new byte[ENVELOPE_BYTES];
                    ThreadLocalRandom.current().nextBytes(sealed);
                    store.add(thread, new NewEnvelope("r-" + HexFormat.of().formatHex(sealed, 0, 16), EnvelopeKind.REGISTRATION,
                            sealed), hour, "age1synthetic");
                }
            });
            Path file = dir.resolve("intake").resolve("intake-data").resolve("intake.mv.db");
            long before = Files.size(file);

            BatchExport.Result result = intake.bean(BatchExport.class).export(dir.resolve("batch.zip"));

            assertThat(result.envelopes()).isEqualTo(BACKLOG);
            List<Acknowledgement.Held> held = new ArrayList<>();
            try (VerifiedBatch batch = new BatchReader(intake.bean(IntakeKeys.class).signingKey().verifyingKey(), BatchOrigin.INTAKE)
                    .verify(dir.resolve("batch.zip"))) {
                assertThat(batch.entries()).hasSize(BACKLOG);
                batch.entries().forEach(entry -> held.add(new Acknowledgement.Held(entry.id(), entry.sha256())));
            }
            long ciphertext = (long) BACKLOG * ENVELOPE_BYTES;
            assertThat(Files.size(file) - before).as("the file's growth from claiming %,d bytes of envelopes", ciphertext)
                    .isLessThan(ciphertext / 2);
            assertThat(store.pendingBytes()).isZero();

            // the desk acknowledges the whole batch: every envelope goes, without the file growing by
            // more than the envelopes it held (all 20,000 deleted in one transaction grew it by 2.4 × that)
            long beforeDeleting = Files.size(file);
            ReplyImport.Result acknowledged = intake.bean(ReplyImport.class).importBatch(
                    Batches.ackBatch(dir.resolve("ack.zip"), intake.deskSigningKey(), result.batchId(), held));

            assertThat(acknowledged.deleted()).isEqualTo(BACKLOG);
            assertThat(intake.bean(JdbcClient.class).sql("select count(*) from envelope").query(Long.class).single()).isZero();
            assertThat(Files.size(file) - beforeDeleting).as("the file's growth from deleting %,d bytes of envelopes", ciphertext)
                    .isLessThan(ciphertext / 2);
        }
    }
}
