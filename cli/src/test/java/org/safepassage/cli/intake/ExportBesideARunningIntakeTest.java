package org.safepassage.cli.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;
import org.safepassage.cli.support.IntakeProcess;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.Submitter;

/**
 * The embedded intake exports while it serves: `intake export` beside a running `intake serve` on
 * the same data folder (whose H2 file only one process can open) asks it to export now and collects
 * the batch, with no stack trace; the intake keeps serving; and on its own schedule it writes what
 * arrived since into its outbox.
 */
class ExportBesideARunningIntakeTest {

    @TempDir
    Path dir;

    @Test
    void anOperatorExportsBesideTheServingIntakeAndTheIntakeExportsOnItsOwn() throws Exception {
        Path data = dir.resolve("intake");
        int port = IntakeProcess.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        AgeIdentity desk = AgeIdentity.generateHybrid();
        Process intake = start(data, port, desk, "15s");
        try {
            Submitter.at(base).register(RegistrationFields.persian("first"), Map.of());
            Submitter.at(base).register(RegistrationFields.persian("second"), Map.of());

            Path batch = dir.resolve("by-hand.zip");
            CommandRun export = CommandRun.of("intake", "export", "--data", data.toString(), "--out", batch.toString());
            assertThat(export.exit()).isZero();
            assertThat(export.out()).contains("asked to export now", "Exported batch")
                    .doesNotContain("Exception", "already in use");
            List<String> exported = new ArrayList<>(ids(data, batch));

            Submitter.at(base).register(RegistrationFields.persian("third"), Map.of());
            Path outbox = data.resolve("outbox");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<Path> scheduled = List.of();
            while (scheduled.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                try (var files = Files.list(outbox)) {
                    scheduled = files.filter(f -> f.getFileName().toString().matches("intake-\\d{10}-[0-9a-f]{8}\\.zip")).toList();
                }
            }
            assertThat(scheduled).as("the intake exported what arrived since, on its own").hasSize(1);
            exported.addAll(ids(data, scheduled.get(0)));
            assertThat(exported).hasSize(3).doesNotHaveDuplicates();
            assertThat(intake.isAlive()).isTrue();
        } finally {
            intake.destroy();
            intake.waitFor();
        }
    }

    private static List<String> ids(Path data, Path batch) throws Exception {
        try (VerifiedBatch verified = new BatchReader(VerifyingKey.read(data.resolve("intake-sign.pub")), BatchOrigin.INTAKE)
                .verify(batch)) {
            return verified.entries().stream().map(BatchEntry::id).toList();
        }
    }

    private Process start(Path data, int port, AgeIdentity desk, String exportEvery) throws Exception {
        return IntakeProcess.start(port, dir.resolve("intake.log"), "--data", data.toString(), "--admission", "off",
                "--export-every", exportEvery, "--recipient", desk.recipient().value());
    }
}
