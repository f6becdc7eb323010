package org.safepassage.desk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.storage.SyncTrackingFilePath;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.messaging.ReplyExport;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.transfer.BatchImport;

/**
 * The desk's acknowledgement lets the intake delete what it sent, so what the desk imported must be
 * on its disk before an acknowledgement leaves, not only in the operating system's cache: the
 * embedded database is opened through a file system that counts what was written and what was
 * forced to the disk.
 */
class AcknowledgedIsOnDiskTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void registerFileSystem() {
        SyncTrackingFilePath.register();
    }

    @Test
    void everythingImportedIsOnTheDiskBeforeItIsAcknowledged() throws Exception {
        String tracked = DeskApplication.embeddedDatabaseUrl(dir.resolve("desk-data")).replace("jdbc:h2:file:", "jdbc:h2:synctrack:");
        try (RunningDesk desk = new RunningDesk(dir, TestDatabase.H2, Map.of("spring.datasource.url", tracked))) {
            List<Item> items = List.of(registration(desk, "first synthetic registration"), registration(desk, "second synthetic registration"));
            Path batch = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), items);
            desk.bean(BatchImport.class).importBatch(batch, "test");
            long writtenByTheImport = SyncTrackingFilePath.writes();

            ReplyExport.Result sent = desk.bean(ReplyExport.class).export(dir.resolve("to-intake.zip"), "test");

            assertThat(sent.acknowledged()).isEqualTo(2);
            assertThat(SyncTrackingFilePath.syncedThrough()).as("writes on the disk when the acknowledgement was written")
                    .isGreaterThanOrEqualTo(writtenByTheImport);
        }
    }

    private static Item registration(RunningDesk desk, String narrative) {
        String id = "r-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return IntakeBatches.sealedRegistration(IntakeBatches.registration(id, "مهدی", "قاسمی", narrative, List.of()),
                Submitter.next(), desk.identity().recipient());
    }
}
