package org.safepassage.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;
import org.safepassage.core.testing.TestDatabase;

/** `bench intake` runs as the README says: alone on H2, and as two nodes on one real PostgreSQL. */
class IntakeBenchTest {

    @TempDir
    Path dir;

    @Test
    void withItsDefaultStoreItMeasuresRegistrationsFollowedByTheirReceiptPage() {
        CommandRun run = CommandRun.of("bench", "intake", "--registrations", "200", "--warmup", "50", "--concurrency", "4");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("embedded H2").contains("sealed registrations/s").contains("failed: 0")
                .contains("H2 file");
        // 3.2 × with the intake's 2 KB leaves, 4.2 × with H2's 16 KB ones (a file this small counts its own tables too)
        Matcher ratio = Pattern.compile("([0-9.]+) × the ciphertext").matcher(run.out());
        assertThat(ratio.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).as("H2 file against the ciphertext stored").isLessThan(3.6);
    }

    @Test
    void twoNodesOnOnePostgresShareTheLoadAndTellWhatARegistrationCostTheDatabase() {
        String database = TestDatabase.POSTGRES.freshUrl("unused");
        CommandRun run = CommandRun.of("bench", "intake", "--db", database, "--nodes", "2", "--registrations", "200", "--warmup", "50",
                "--concurrency", "4");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 nodes on one PostgreSQL").contains("failed: 0").contains("Per node:")
                .containsPattern("Database per registration: [0-9.]+ transactions, [0-9.]+ rows inserted")
                .containsPattern("CPU per registration: PostgreSQL ([0-9.]+ ms|not on this machine)")
                .contains("PostgreSQL tables with their indexes and TOAST");
    }

    @Test
    void severalNodesWithoutADatabaseToShareAreRefusedByName() {
        CommandRun run = CommandRun.of("bench", "intake", "--nodes", "2");

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--nodes above 1 needs --db");
    }
}
