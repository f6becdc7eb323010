package org.safepassage.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.storage.EmbeddedStore;
import org.safepassage.intake.IntakeApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submitters one at a time, over HTTP, each registration a commit of its own (what leaves the
 * intake's file largest), while the intake compacts its file every 300 ms from any size (every 10 s
 * from 64 MB by default): every registration is stored, none is refused or left unknown, and once
 * the submitters stop the file is no longer sparse (at least half of it live data) and well under
 * the same run's file on an intake whose upkeep waits an hour.
 */
class IntakeCompactsWhileServingTest {

    private static final int REGISTRATIONS = 1_500;

    @TempDir
    Path dir;

    @Test
    void everySubmissionIsStoredAndTheFileStaysInProportion() throws Exception {
        Served control = serveOneAtATime(dir.resolve("control"), "PT1H", 0);
        Served tidied = serveOneAtATime(dir.resolve("tidied"), "PT0.3S", 150);

        assertThat(control.sparse()).as("control: without the upkeep the commits leave the file mostly dead space").isTrue();
        assertThat(tidied.sparse()).as("with it, sparse once the submitters stopped").isFalse();
        assertThat(tidied.bytes()).as("with the upkeep, against %,d bytes without", control.bytes())
                .isLessThan(control.bytes() * 2 / 3);
    }

    private record Served(long bytes, boolean sparse) {
    }

    /** The file after the run, once less than half of it is dead space or {@code polls} tenths of a second have passed. */
    private static Served serveOneAtATime(Path data, String upkeepEvery, int polls) throws Exception {
        Files.createDirectories(data);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, Object> properties = Map.of(
                "safepassage.intake.data-dir", data.toString(),
                "safepassage.intake.recipients[0]", AgeIdentity.generate().recipient().value(),
                "safepassage.intake.admission", "off",
                "safepassage.intake.export-every", "0",
                "safepassage.intake.storage-upkeep", upkeepEvery,
                "safepassage.intake.storage-compact-from", 0,
                "spring.datasource.url", IntakeApplication.embeddedDatabaseUrl(data),
                "server.port", port,
                "server.address", "127.0.0.1");
        try (ConfigurableApplicationContext intake = IntakeApplication.start(properties, true)) {
            LatencySummary summary = new IntakeLoad(List.of(URI.create("http://127.0.0.1:" + port + "/")), 1)
                    .run(REGISTRATIONS, false);
            assertThat(summary.failures()).as("submissions refused or left unknown").isZero();
            assertThat(intake.getBean(JdbcClient.class).sql("select count(*) from envelope").query(Long.class).single())
                    .isEqualTo(REGISTRATIONS);
            DataSource pool = intake.getBean(DataSource.class);
            boolean sparse = sparse(pool);
            for (int wait = 0; wait < polls && sparse; wait++) {
                Thread.sleep(100);
                sparse = sparse(pool);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("intake.mv.db"))))
                    .as("the file written anew by the compaction stays owner-only").isEqualTo("rw-------");
            return new Served(Files.size(data.resolve("intake.mv.db")), sparse);
        }
    }

    private static boolean sparse(DataSource pool) throws Exception {
        try (Connection connection = pool.getConnection()) {
            return EmbeddedStore.livePercent(connection).orElseThrow() < 50;
        }
    }
}
