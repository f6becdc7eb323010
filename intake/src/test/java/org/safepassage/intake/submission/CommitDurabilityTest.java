package org.safepassage.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.SecureRandom;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.storage.SyncTrackingFilePath;
import org.safepassage.intake.IntakeApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission acknowledged on the embedded database is on the disk, not only in the operating
 * system's cache, where a power failure would take it: the database file is opened with the
 * intake's own settings through a file system that counts writes not yet forced to the disk.
 */
class CommitDurabilityTest {

    @TempDir
    Path folder;

    /** Held open through each test, as the intake holds its pool: closing the last connection would close and sync the file. */
    private Connection keepOpen;

    @BeforeAll
    static void registerFileSystem() {
        SyncTrackingFilePath.register();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        keepOpen.close();
    }

    @Test
    void everyAcknowledgedWriteIsOnTheDisk() throws Exception {
        JdbcTemplate jdbc = trackedDatabase();
        GroupCommit groupCommit = groupCommit(jdbc, new CommitDurability(jdbc, true));
        try {
            long syncsBefore = SyncTrackingFilePath.syncs();
            for (int i = 0; i < 20; i++) {
                int id = i;
                groupCommit.write(() -> jdbc.update("insert into note values (?, ?)", id, new byte[9_000]));

                assertThat(SyncTrackingFilePath.unsyncedWrites()).as("writes not on the disk after write %d", i).isZero();
            }
            assertThat(SyncTrackingFilePath.syncs() - syncsBefore).isGreaterThanOrEqualTo(20);
        } finally {
            groupCommit.destroy();
        }
    }

    @Test
    void withoutTheSyncACommitWaitsInTheCache() throws Exception {
        // the control: the tracking sees what H2 alone leaves unsynced, so the test above can fail
        JdbcTemplate jdbc = trackedDatabase();
        GroupCommit groupCommit = groupCommit(jdbc, new CommitDurability(jdbc, false));
        try {
            groupCommit.write(() -> jdbc.update("insert into note values (1, ?)", new byte[9_000]));

            assertThat(SyncTrackingFilePath.unsyncedWrites()).isPositive();
        } finally {
            groupCommit.destroy();
        }
    }

    @Test
    void onlyTheEmbeddedDatabaseIsSyncedByTheIntake() throws SQLException {
        JdbcTemplate jdbc = trackedDatabase();
        long syncsBefore = SyncTrackingFilePath.syncs();

        new CommitDurability(jdbc, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/intake"))
                .afterCommit();
        assertThat(SyncTrackingFilePath.syncs()).isEqualTo(syncsBefore);

        new CommitDurability(jdbc, new MockEnvironment().withProperty("spring.datasource.url",
                IntakeApplication.embeddedDatabaseUrl(folder))).afterCommit();
        assertThat(SyncTrackingFilePath.syncs()).isGreaterThan(syncsBefore);
    }

    private JdbcTemplate trackedDatabase() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(IntakeApplication.embeddedDatabaseUrl(folder).replace("jdbc:h2:file:", "jdbc:h2:synctrack:"));
        dataSource.setUser("sa");
        keepOpen = dataSource.getConnection();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table note (id int primary key, content varbinary(10000))");
        jdbc.execute("checkpoint sync");
        return jdbc;
    }

    private static GroupCommit groupCommit(JdbcTemplate jdbc, CommitDurability durability) {
        return new GroupCommit(new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
                durability, new SecureRandom());
    }
}
