package org.safepassage.desk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.vetting.RegistrationAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk compacts its embedded file while it runs, once commits and vetting runs have left it
 * sparse, without failing anyone's work and never under an open transaction. The upkeep runs every
 * 300 ms here and from any size (every minute from 64 MB by default); the same churn on a desk whose
 * upkeep waits an hour is the control.
 */
class StorageUpkeepTest {

    private static final int REGISTRATIONS = 150;

    @TempDir
    Path dir;

    @Test
    void theFileComesBackInProportionWhileTheDeskWorksOnAndEveryRegistrationIsThere() throws Exception {
        long tidied;
        long importedTidied;
        try (RunningDesk desk = desk(dir.resolve("tidied"), "PT0.3S")) {
            importedTidied = importAndChurn(desk);
            Path file = file(dir.resolve("tidied"));
            // the compaction writes the file anew and then gives it back its mode (the directory is
            // owner-only meanwhile): wait for both, not for the size alone
            for (int wait = 0; wait < 50 && (Files.size(file) >= importedTidied
                    || !PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).equals("rw-------")); wait++) {
                Thread.sleep(100);
            }
            tidied = Files.size(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("the file written anew by the compaction stays owner-only").isEqualTo("rw-------");
            assertEveryRegistrationAssessed(desk);
        }
        long control;
        try (RunningDesk desk = desk(dir.resolve("control"), "PT1H")) {
            long imported = importAndChurn(desk);
            control = Files.size(file(dir.resolve("control")));
            assertThat(control).as("control: without the upkeep the churn grows the file").isGreaterThan(2 * imported);
        }
        assertThat(tidied).as("with the upkeep (control: %,d bytes)", control).isLessThan(importedTidied).isLessThan(control / 3);
    }

    @Test
    void anOpenTransactionIsNeverClosedUnderItsHolder() throws Exception {
        try (RunningDesk desk = desk(dir, "PT0.3S")) {
            long imported = importAndChurn(desk);
            Path file = file(dir);
            String id;
            try (Connection held = desk.bean(DataSource.class).getConnection()) {
                held.setAutoCommit(false);
                id = desk.bean(JdbcClient.class).sql("select min(id) from registration").query(String.class).single();
                try (PreparedStatement update = held.prepareStatement("update registration set priority = 0.99 where id = ?")) {
                    update.setString(1, id);
                    update.executeUpdate();
                }
                long sparse = Files.size(file);
                Thread.sleep(1_500); // five upkeep rounds while the transaction is open
                assertThat(Files.size(file)).as("not compacted under an open transaction").isGreaterThanOrEqualTo(sparse);
                held.commit();
            }
            for (int wait = 0; wait < 50 && Files.size(file) >= imported; wait++) {
                Thread.sleep(100);
            }
            assertThat(Files.size(file)).as("compacted once the transaction ended").isLessThan(imported);
            assertThat(desk.bean(JdbcClient.class).sql("select priority from registration where id = ?").param(id)
                    .query(Double.class).single()).isEqualTo(0.99);
            assertEveryRegistrationAssessed(desk);
        }
    }

    private static RunningDesk desk(Path root, String upkeepEvery) throws Exception {
        return new RunningDesk(root, TestDatabase.H2, Map.of("spring.datasource.url", DeskApplication.embeddedDatabaseUrl(
                root.resolve("desk-data")), "safepassage.desk.storage-upkeep", upkeepEvery, "safepassage.desk.storage-compact-from", 0));
    }

    private static Path file(Path root) {
        return root.resolve("desk-data").resolve("desk.mv.db");
    }

    /** Imports registrations, then commits one at a time (as analysts' actions are) and vetting runs; the file's size after the import. */
    private static long importAndChurn(RunningDesk desk) throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String id = "r-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            items.add(IntakeBatches.sealedRegistration(IntakeBatches.registration(id, "مهدی", "قاسمی" + i,
                    "synthetic narrative number " + i, List.of()), Submitter.next(), desk.identity().recipient()));
        }
        Path batch = IntakeBatches.write(desk.root().resolve("batch.zip"), desk.intakeKey(), items);
        desk.bean(BatchImport.class).importBatch(batch, "test");
        long imported = Files.size(desk.root().resolve("desk-data").resolve("desk.mv.db"));
        JdbcClient jdbc = desk.bean(JdbcClient.class);
        List<String> ids = jdbc.sql("select id from registration").query(String.class).list();
        for (int run = 0; run < 20; run++) {
            for (String id : ids) {
                jdbc.sql("update registration set priority = ? where id = ?").params(run / 20.0, id).update();
            }
            desk.bean(RegistrationAssessments.class).assessAll();
        }
        return imported;
    }

    private static void assertEveryRegistrationAssessed(RunningDesk desk) {
        assertThat(desk.bean(JdbcClient.class).sql("select count(*) from registration r join assessment a on a.registration_id = r.id")
                .query(Long.class).single()).isEqualTo(REGISTRATIONS);
    }
}
