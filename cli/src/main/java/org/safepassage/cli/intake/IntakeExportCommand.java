package org.safepassage.cli.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.intake.IntakeApplication;
import org.safepassage.intake.transfer.BatchExport;
import org.safepassage.intake.transfer.ContinuousExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code safepassage intake export}: one signed batch of every envelope not yet exported. Beside a
 * running intake on PostgreSQL it exports itself (the database hands each envelope to one batch);
 * beside a running intake on its embedded H2 file, which only one process can open, it asks that
 * intake to export now and collects what it wrote.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a signed batch of the envelopes not yet exported, for the desk. Works beside a running intake.")
public final class IntakeExportCommand implements Callable<Integer> {

    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Duration WAIT_FOR_RUNNING_INTAKE = Duration.ofMinutes(5);

    @Mixin
    StorageOptions storage;

    @Option(names = "--out", required = true, description = "Batch file to write (a ZIP).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = IntakeProperties.of(storage, null, null);
        if (storage.embedded() && heldByARunningIntake(properties.get("spring.datasource.url").toString())) {
            return askTheRunningIntake();
        }
        try (ConfigurableApplicationContext context = IntakeApplication.start(properties, false)) {
            BatchExport.Result result = context.getBean(BatchExport.class).export(out);
            if (result.envelopes() == 0) {
                System.out.println("Nothing to export: every envelope is in an earlier batch. No file written.");
            } else {
                System.out.println("Exported " + result.envelopes() + " envelopes as batch " + result.batchId() + " to " + out);
            }
            return 0;
        }
    }

    private static boolean heldByARunningIntake(String embeddedUrl) {
        try (Connection probe = DriverManager.getConnection(embeddedUrl + ";IFEXISTS=TRUE", "", "")) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == H2_DATABASE_ALREADY_OPEN;
        }
    }

    /** The intake serving this folder holds its database: it exports on request into its outbox. */
    private int askTheRunningIntake() throws Exception {
        Path outbox = storage.data().resolve("outbox");
        Files.createDirectories(outbox);
        Path done = outbox.resolve(ContinuousExport.DONE);
        Files.deleteIfExists(done);
        Files.writeString(outbox.resolve(ContinuousExport.REQUEST), "");
        System.out.println("The intake serving " + storage.data() + " holds its database; it was asked to export now.");
        long deadline = System.nanoTime() + WAIT_FOR_RUNNING_INTAKE.toNanos();
        while (!Files.exists(done)) {
            if (System.nanoTime() > deadline) {
                System.err.println("The running intake did not answer within " + WAIT_FOR_RUNNING_INTAKE.toMinutes()
                        + " minutes; its log says why. It also exports on its own into " + outbox + ".");
                return 1;
            }
            Thread.sleep(250);
        }
        List<String> written = Files.readAllLines(done).stream().filter(line -> !line.isBlank()).toList();
        Files.deleteIfExists(done);
        if (written.isEmpty()) {
            System.out.println("Nothing to export: every envelope is in an earlier batch. No file written.");
            return 0;
        }
        Path first = outbox.resolve(written.get(0));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.move(first, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Exported batch " + first.getFileName() + " to " + out);
        for (String more : written.subList(1, written.size())) {
            System.out.println("More waited than one batch holds: also " + outbox.resolve(more));
        }
        return 0;
    }
}
