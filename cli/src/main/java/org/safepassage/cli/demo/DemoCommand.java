package org.safepassage.cli.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.safepassage.cli.KeepsRunning;
import org.safepassage.cli.keys.KeygenCommand.DeploymentKeys;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.intake.IntakeApplication;
import org.safepassage.intake.transfer.BatchExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safepassage demo}: the system on its embedded defaults. Keys are made on first start in
 * {@code demo-data/keys}; the intake keeps its H2 database in {@code demo-data/intake} and exports
 * a signed batch to {@code demo-data/outbox} every few seconds. Data survives a restart.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the intake on embedded defaults with demo keys (data in ./demo-data).")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "demo-data", description = "Demo folder (default ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--intake-port", defaultValue = "8080", description = "Intake port (default ${DEFAULT-VALUE}).")
    int intakePort;

    @Option(names = "--export-every", defaultValue = "10", description = "Seconds between batch exports (default ${DEFAULT-VALUE}).")
    int exportSeconds;

    @Override
    public Integer call() throws Exception {
        Path keysDir = root.resolve("keys");
        Path intakeDir = root.resolve("intake");
        Path outbox = root.resolve("outbox");
        DeploymentKeys keys = Files.exists(keysDir.resolve(DeploymentKeys.DESK_IDENTITY))
                ? DeploymentKeys.read(keysDir) : DeploymentKeys.generate(keysDir);
        SecretFiles.createPrivateDirectory(intakeDir);
        SecretFiles.createPrivateDirectory(outbox);
        for (String file : List.of(DeploymentKeys.PEPPER, DeploymentKeys.INTAKE_SIGNING_KEY, "intake-sign.pub", "desk-sign.pub")) {
            if (!Files.exists(intakeDir.resolve(file))) {
                Files.copy(keysDir.resolve(file), intakeDir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", intakeDir.toAbsolutePath().toString());
        properties.put("safepassage.intake.recipients[0]", keys.deskRecipient());
        properties.put("safepassage.intake.desk-signing-key", intakeDir.resolve("desk-sign.pub").toAbsolutePath().toString());
        properties.put("spring.datasource.url", IntakeApplication.embeddedDatabaseUrl(intakeDir));
        properties.put("server.port", intakePort);
        properties.put("server.address", "127.0.0.1");
        ConfigurableApplicationContext intake = IntakeApplication.start(properties, true);
        KeepsRunning.mark();

        ScheduledExecutorService mover = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-batch-mover");
            thread.setDaemon(true);
            return thread;
        });
        BatchExport export = intake.getBean(BatchExport.class);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        mover.scheduleWithFixedDelay(() -> {
            try {
                Path target = outbox.resolve("intake-batch-" + LocalDateTime.now().format(stamp) + ".zip");
                BatchExport.Result result = export.export(target);
                if (result.envelopes() > 0) {
                    System.out.println("demo: exported " + result.envelopes() + " sealed envelopes to " + target);
                }
            } catch (Exception e) {
                System.err.println("demo: export failed: " + e.getMessage());
            }
        }, exportSeconds, exportSeconds, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(mover::shutdownNow, "demo-stop"));

        System.out.println();
        System.out.println("SafePassage demo is running. Stop it with Ctrl-C; it starts again with the same data.");
        System.out.println("  Intake (Persian, ?lang=en for English): http://127.0.0.1:" + intakePort + "/");
        System.out.println("  Desk key fingerprint shown to submitters: " + keys.deskIdentity().recipient().fingerprint());
        System.out.println("  Sealed batches for the desk appear in:    " + outbox.toAbsolutePath());
        System.out.println("  Open one envelope with the reference tool: unzip a batch, then");
        System.out.println("    age -d -i " + keysDir.resolve(DeploymentKeys.DESK_IDENTITY) + " r-….age");
        return 0;
    }
}
