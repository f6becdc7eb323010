package org.safepassage.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import org.safepassage.cli.KeepsRunning;
import org.safepassage.cli.keys.KeygenCommand.DeploymentKeys;
import org.safepassage.core.json.Json;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.messaging.ReplyExport;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.StaffAccounts;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.transfer.ImportResult;
import org.safepassage.intake.IntakeApplication;
import org.safepassage.intake.submission.Submissions;
import org.safepassage.intake.transfer.BatchExport;
import org.safepassage.intake.transfer.ReplyImport;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.independent.IndependentCorpus;
import org.safepassage.vetting.rewrite.Rewrite;
import org.safepassage.vetting.rewrite.Rewriter;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safepassage demo}: the whole system on its embedded defaults. The intake (:8080) and the
 * desk (:8081) run with H2 in {@code demo-data/intake} and {@code demo-data/desk}; keys are made
 * on first start in {@code demo-data/keys}; a mover carries signed batches intake → desk and
 * replies desk → intake every few seconds, through files in {@code demo-data/transfer} as an
 * operator would by hand. Data survives a restart.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the intake (:8080) and the desk (:8081) on embedded defaults with demo keys and accounts "
                + "(data in ./demo-data); batches move both ways every few seconds.")
public final class DemoCommand implements Callable<Integer> {

    private static final String CREDENTIALS = "demo-credentials.txt";
    /** Sample registrations sent at once. */
    private static final int SAMPLE_SUBMITTERS = 8;
    /** The synthetic partner's list: how many people, from which seed of the independent corpus. */
    private static final int PARTNER_LIST_PERSONS = 150;
    private static final long PARTNER_LIST_SEED = 44;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Option(names = "--data", defaultValue = "demo-data", description = "Demo folder (default ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--intake-port", defaultValue = "8080", description = "Intake port (default ${DEFAULT-VALUE}).")
    int intakePort;

    @Option(names = "--desk-port", defaultValue = "8081", description = "Desk port (default ${DEFAULT-VALUE}).")
    int deskPort;

    @Option(names = "--transfer-every", defaultValue = "5", description = "Seconds between batch moves (default ${DEFAULT-VALUE}).")
    int transferSeconds;

    @Option(names = "--sample", defaultValue = "0", description = "Submit this many synthetic registrations through the intake at start.")
    int sample;

    private ConfigurableApplicationContext intake;
    private ConfigurableApplicationContext desk;
    private ScheduledExecutorService mover;

    @Override
    public Integer call() throws Exception {
        Path keysDir = root.resolve("keys");
        Path intakeDir = root.resolve("intake");
        Path deskDir = root.resolve("desk");
        Path toDesk = root.resolve("transfer").resolve("to-desk");
        Path toIntake = root.resolve("transfer").resolve("to-intake");
        DeploymentKeys keys = Files.exists(keysDir.resolve(DeploymentKeys.DESK_IDENTITY))
                ? DeploymentKeys.read(keysDir) : DeploymentKeys.generate(keysDir);
        for (Path dir : List.of(intakeDir, deskDir, toDesk.getParent(), toDesk, toIntake)) {
            SecretFiles.createPrivateDirectory(dir);
        }
        copyOnce(keysDir, intakeDir, DeploymentKeys.PEPPER, DeploymentKeys.INTAKE_SIGNING_KEY, "intake-sign.pub", "desk-sign.pub");
        copyOnce(keysDir, deskDir, DeploymentKeys.DESK_SIGNING_KEY, "desk-sign.pub");

        intake = IntakeApplication.start(intakeProperties(keys, intakeDir), true);
        desk = DeskApplication.start(deskProperties(keysDir, deskDir), true);
        KeepsRunning.mark();
        List<String> credentials = demoAccounts(desk);
        Path partnerList = partnerListOnce(root);
        if (sample > 0) {
            submitSamples(intake.getBean(Submissions.class));
        }

        mover = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-batch-mover");
            thread.setDaemon(true);
            return thread;
        });
        mover.scheduleWithFixedDelay(() -> moveBatches(intake, desk, toDesk, toIntake), 1, transferSeconds, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopMover, "demo-stop"));

        System.out.println();
        System.out.println("SafePassage demo is running. Stop it with Ctrl-C; it starts again with the same data.");
        System.out.println("  Intake, for submitters (Persian; ?lang=en for English): http://127.0.0.1:" + intakePort + "/");
        System.out.println("  Desk, for staff:                                         http://127.0.0.1:" + deskPort + "/");
        System.out.println("  Offline sealer (save it, open it from disk):             http://127.0.0.1:" + intakePort + "/sealer.html");
        System.out.println("  Deliver its packets at:                                  http://127.0.0.1:" + intakePort + "/packet");
        credentials.forEach(line -> System.out.println("  " + line));
        System.out.println("  Desk key fingerprint shown to submitters: " + keys.deskIdentity().recipient().fingerprint());
        System.out.println("  Batches move every " + transferSeconds + " s through " + root.resolve("transfer").toAbsolutePath());
        System.out.println("  A partner's list to import (desk, Batches page, as admin): " + partnerList.toAbsolutePath());
        System.out.println("  Open an envelope with the reference tool: unzip a batch, then");
        System.out.println("    age -d -i " + keysDir.resolve(DeploymentKeys.DESK_IDENTITY) + " r-….age");
        return 0;
    }

    /** The running desk, for tests. */
    ConfigurableApplicationContext desk() {
        return desk;
    }

    /** Stops the mover and both applications (Ctrl-C does the same through the shutdown hooks). */
    public void stop() {
        stopMover();
        if (desk != null) {
            desk.close();
        }
        if (intake != null) {
            intake.close();
        }
    }

    /**
     * Stops the mover and waits for a move under way to end, so that the applications do not close
     * under it and nothing is written into the data directory afterwards.
     */
    private void stopMover() {
        if (mover == null) {
            return;
        }
        mover.shutdownNow();
        try {
            if (!mover.awaitTermination(30, TimeUnit.SECONDS)) {
                System.err.println("demo: the batch mover did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Object> intakeProperties(DeploymentKeys keys, Path intakeDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", intakeDir.toAbsolutePath().toString());
        properties.put("safepassage.intake.recipients[0]", keys.deskRecipient());
        properties.put("safepassage.intake.desk-signing-key", intakeDir.resolve("desk-sign.pub").toAbsolutePath().toString());
        properties.put("spring.datasource.url", IntakeApplication.embeddedDatabaseUrl(intakeDir));
        properties.put("safepassage.intake.public-address", "http://127.0.0.1:" + intakePort);
        // the demo carries batches to its desk itself; an intake exporting into its outbox would keep them from it
        properties.put("safepassage.intake.export-every", "0");
        properties.put("server.port", intakePort);
        properties.put("server.address", "127.0.0.1");
        return properties;
    }

    private Map<String, Object> deskProperties(Path keysDir, Path deskDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.desk.data-dir", deskDir.toAbsolutePath().toString());
        properties.put("safepassage.desk.identity", keysDir.resolve(DeploymentKeys.DESK_IDENTITY).toAbsolutePath().toString());
        properties.put("safepassage.desk.intake-signing-key", keysDir.resolve("intake-sign.pub").toAbsolutePath().toString());
        properties.put("spring.datasource.url", DeskApplication.embeddedDatabaseUrl(deskDir));
        properties.put("server.port", deskPort);
        properties.put("server.address", "127.0.0.1");
        return properties;
    }

    /** Creates the demo admin (with TOTP) and analyst on first start; their credentials are kept in a 600 file. */
    private List<String> demoAccounts(ConfigurableApplicationContext desk) throws IOException {
        Path file = root.resolve(CREDENTIALS);
        if (!desk.getBean(StaffDirectory.class).anyAdmin()) {
            StaffAccounts accounts = desk.getBean(StaffAccounts.class);
            String adminPassword = randomPassword();
            String analystPassword = randomPassword();
            StaffAccounts.Created admin = accounts.create("admin", adminPassword.toCharArray(), Role.ADMIN, "triage", true, "demo");
            accounts.create("analyst", analystPassword.toCharArray(), Role.ANALYST, "triage", false, "demo");
            Files.deleteIfExists(file);
            SecretFiles.writeText(file, String.join("\n",
                    "Desk analyst: analyst / " + analystPassword + " (no one-time code needed)",
                    "Desk admin:   admin / " + adminPassword + " + one-time code from TOTP secret " + admin.totpSecret(),
                    "              (e.g. oathtool --totp -b " + admin.totpSecret() + ", or any authenticator app)") + "\n");
        }
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : List.of("Desk accounts exist already; " + CREDENTIALS + " is gone, so create more with ./run desk create-user");
    }

    /**
     * Sends the sample through the intake as submitters would: several at once, so that the intake
     * commits them together as under real load (one at a time, each commit costs the embedded file
     * far more than the registration it holds).
     */
    private void submitSamples(Submissions submissions) throws InterruptedException, ExecutionException {
        // every invented person registers at least once: as many persons as registrations is enough
        List<Generator.Generated> samples = new Generator(new SecureRandom().nextLong()).generate(sample).subList(0, sample);
        ForkJoinPool submitters = new ForkJoinPool(SAMPLE_SUBMITTERS);
        try (ProgressBar progress = new ProgressBar("sample registrations", samples.size())) {
            submitters.submit(() -> samples.parallelStream().forEach(generated -> {
                submissions.register(List.of(), generated.registration()::received, false);
                progress.step();
            })).get();
        } finally {
            submitters.shutdown();
        }
    }

    private static void moveBatches(ConfigurableApplicationContext intake, ConfigurableApplicationContext desk,
                                    Path toDesk, Path toIntake) {
        try {
            Path batch = toDesk.resolve("intake-batch-" + LocalDateTime.now().format(STAMP) + ".zip");
            BatchExport.Result exported = intake.getBean(BatchExport.class).export(batch);
            if (exported.envelopes() > 0) {
                ImportResult imported = desk.getBean(BatchImport.class).importBatch(batch, "demo-mover");
                System.out.println("demo: intake → desk, batch " + exported.batchId() + ": " + imported.summary());
            }
            Path replies = toIntake.resolve("desk-replies-" + LocalDateTime.now().format(STAMP) + ".zip");
            ReplyExport.Result sent = desk.getBean(ReplyExport.class).export(replies, "demo-mover");
            if (sent.batchId() != null) {
                ReplyImport.Result received = intake.getBean(ReplyImport.class).importBatch(replies);
                System.out.println("demo: desk → intake, batch " + sent.batchId() + ": " + received.stored() + " replies stored, "
                        + received.deleted() + " acknowledged envelopes deleted");
            }
        } catch (Exception e) {
            System.err.println("demo: moving batches failed (will retry): " + e.getMessage());
        }
    }

    /**
     * A partner's list of synthetic registrations, as a partner's database exports it (its own
     * column names, no schema or channel), made once from the independent corpus: for a walkthrough
     * of the desk's list import. The corpus's truth file is not kept.
     */
    private static Path partnerListOnce(Path root) throws IOException {
        Path list = root.resolve("partner-list.jsonl");
        if (Files.exists(list)) {
            return list;
        }
        Path made = SecretFiles.createPrivateDirectory(root.resolve("partner-list-made"));
        try {
            new IndependentCorpus(PARTNER_LIST_SEED, 0.05).write(PARTNER_LIST_PERSONS, made.resolve("corpus"));
            new Rewriter(Rewrite.PARTNER_EXPORT, 1, PARTNER_LIST_SEED).write(made.resolve("corpus"), made.resolve("export"));
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(made.resolve("export").resolve("registrations.jsonl"), StandardCharsets.UTF_8)) {
                ObjectNode row = (ObjectNode) Json.MAPPER.readTree(line);
                row.remove(List.of("schema", "channel"));
                lines.add(Json.MAPPER.writeValueAsString(row));
            }
            Files.write(list, lines, StandardCharsets.UTF_8);
            return list;
        } finally {
            try (var files = Files.walk(made)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void copyOnce(Path from, Path to, String... names) throws IOException {
        for (String name : names) {
            if (!Files.exists(to.resolve(name))) {
                Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
