package org.safepassage.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** `./run demo --sample N`: N synthetic registrations go in through the intake, several at once, and all reach the desk. */
class DemoSampleTest {

    private static final int SAMPLE = 300;

    @TempDir
    Path dir;

    @Test
    void everySampleRegistrationReachesTheDeskWithTheNextTransfer() throws Exception {
        DemoCommand demo = new DemoCommand();
        int exit = new picocli.CommandLine(demo).execute("--data", dir.resolve("demo").toString(),
                "--intake-port", String.valueOf(DemoInBrowser.freePort()), "--desk-port", String.valueOf(DemoInBrowser.freePort()),
                "--transfer-every", "1", "--sample", String.valueOf(SAMPLE));
        try {
            assertThat(exit).isZero();
            JdbcClient deskDatabase = demo.desk().getBean(JdbcClient.class);
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            long held = 0;
            while (Instant.now().isBefore(until) && held < SAMPLE) {
                Thread.sleep(500);
                held = deskDatabase.sql("select count(*) from registration").query(Long.class).single();
            }
            assertThat(held).as("registrations the desk holds").isEqualTo(SAMPLE);
        } finally {
            demo.stop();
        }
    }
}
