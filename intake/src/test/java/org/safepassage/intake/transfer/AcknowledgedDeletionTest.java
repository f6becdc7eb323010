package org.safepassage.intake.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
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

/**
 * The envelopes the desk acknowledges are deleted a few hundred a transaction after the batch is
 * recorded; an import that stopped between the two (a killed intake) leaves them, and importing the
 * same batch again deletes them, storing no reply twice.
 */
class AcknowledgedDeletionTest {

    private static final int ENVELOPES = ReplyImport.DELETIONS_PER_TRANSACTION * 2 + 37;

    @TempDir
    Path dir;

    @Test
    void anImportStoppedBeforeItsDeletionsFinishesThemWhenTheBatchComesAgain() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir.resolve("intake"), TestDatabase.H2, Map.of())) {
            EnvelopeStore store = intake.bean(EnvelopeStore.class);
            JdbcClient jdbc = intake.bean(JdbcClient.class);
            Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            LookupTag thread = new LookupTag(HexFormat.of().formatHex(new byte[32]).replace('0', 'd'));
            store.createThread(thread, hour);
            for (int i = 0; i < ENVELOPES; i++) {
                byte[] sealed = new byte[200];
                ThreadLocalRandom.current().nextBytes(sealed);
                store.add(thread, new NewEnvelope("f-" + HexFormat.of().formatHex(sealed, 0, 16), EnvelopeKind.FOLLOWUP, sealed), hour);
            }
            BatchExport.Result exported = intake.bean(BatchExport.class).export(dir.resolve("batch.zip"));
            List<Acknowledgement.Held> held = new ArrayList<>();
            try (VerifiedBatch batch = new BatchReader(intake.bean(IntakeKeys.class).signingKey().verifyingKey(), BatchOrigin.INTAKE)
                    .verify(dir.resolve("batch.zip"))) {
                batch.entries().forEach(entry -> held.add(new Acknowledgement.Held(entry.id(), entry.sha256())));
            }
            Path acknowledgement = Batches.ackBatch(dir.resolve("ack.zip"), intake.deskSigningKey(), exported.batchId(), held);
            String acknowledgementId;
            try (VerifiedBatch batch = new BatchReader(intake.deskSigningKey().verifyingKey(), BatchOrigin.DESK).verify(acknowledgement)) {
                acknowledgementId = batch.batchId();
            }
            // as an intake killed after recording the batch and before deleting what it acknowledges leaves it
            jdbc.sql("insert into batch_log (batch_id, direction, batch_hour, envelope_count) values (?, 'import', ?, 0)")
                    .params(acknowledgementId, Timestamp.from(hour)).update();

            ReplyImport.Result again = intake.bean(ReplyImport.class).importBatch(acknowledgement);
            ReplyImport.Result onceMore = intake.bean(ReplyImport.class).importBatch(acknowledgement);

            assertThat(exported.envelopes()).isEqualTo(ENVELOPES);
            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.deleted()).isEqualTo(ENVELOPES);
            assertThat(jdbc.sql("select count(*) from envelope").query(Long.class).single()).isZero();
            assertThat(onceMore.deleted()).isZero();
        }
    }
}
