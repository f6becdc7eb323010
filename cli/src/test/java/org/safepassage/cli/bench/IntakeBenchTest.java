package org.safepassage.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.SafePassage;
import org.safepassage.core.testing.TestDatabase;

/** `bench intake` runs as the README says: alone on H2, and as two nodes on one real PostgreSQL. */
class IntakeBenchTest {

    @TempDir
    Path dir;

    @Test
    void withItsDefaultStoreItMeasuresRegistrationsFollowedByTheirReceiptPage() {
        Outcome run = run("bench", "intake", "--registrations", "200", "--warmup", "50", "--concurrency", "4");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("embedded H2").contains("sealed registrations/s").contains("failed: 0")
                .contains("H2 file");
    }

    @Test
    void twoNodesOnOnePostgresShareTheLoadAndTellWhatARegistrationCostTheDatabase() {
        String database = TestDatabase.POSTGRES.freshUrl("unused");
        Outcome run = run("bench", "intake", "--db", database, "--nodes", "2", "--registrations", "200", "--warmup", "50",
                "--concurrency", "4");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 nodes on one PostgreSQL").contains("failed: 0").contains("Per node:")
                .containsPattern("Database per registration: [0-9.]+ transactions, [0-9.]+ rows inserted")
                .containsPattern("CPU per registration: PostgreSQL ([0-9.]+ ms|not on this machine)")
                .contains("PostgreSQL tables with their indexes and TOAST");
    }

    @Test
    void severalNodesWithoutADatabaseToShareAreRefusedByName() {
        Outcome run = run("bench", "intake", "--nodes", "2");

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--nodes above 1 needs --db");
    }

    private static synchronized Outcome run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = SafePassage.commandLine().execute(args);
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private record Outcome(int exit, String out, String err) {
    }
}
