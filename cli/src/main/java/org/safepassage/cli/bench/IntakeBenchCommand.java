package org.safepassage.cli.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.intake.IntakeApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives registrations of about 4 KB through the real form over HTTP and prints sealed
 * registrations per second and latency percentiles. Without {@code --url} it starts its own
 * intake on the default embedded H2 store in a temporary folder.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Registrations/s and p50/p99 latency of the intake over HTTP on localhost.")
public final class IntakeBenchCommand implements Callable<Integer> {

    @Option(names = "--url", description = "A running intake (default: start one on embedded H2 in a temporary folder).")
    URI url;

    @Option(names = "--registrations", defaultValue = "20000", description = "Measured registrations (default ${DEFAULT-VALUE}).")
    int registrations;

    @Option(names = "--warmup", defaultValue = "10000", description = "Registrations before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "16", description = "Simultaneous submitters (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--classical", description = "Seal to a classical X25519 desk key instead of the hybrid post-quantum "
            + "one (keygen's default), to compare their cost.")
    boolean classical;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext started = null;
        URI target = url;
        Path data = null;
        if (target == null) {
            data = Files.createTempDirectory("safepassage-bench");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("safepassage.intake.data-dir", data.toString());
            AgeIdentity desk = classical ? AgeIdentity.generate() : AgeIdentity.generateHybrid();
            properties.put("safepassage.intake.recipients[0]", desk.recipient().value());
            // The bench measures sealing and storing, not the flood defence (./run bench flood does):
            // thousands of new submitters a minute would otherwise be asked for proofs of work.
            properties.put("safepassage.intake.admission", "off");
            properties.put("spring.datasource.url", IntakeApplication.embeddedDatabaseUrl(data));
            properties.put("server.port", port);
            properties.put("server.address", "127.0.0.1");
            properties.put("logging.level.root", "WARN");
            started = IntakeApplication.start(properties, true);
            target = URI.create("http://127.0.0.1:" + port + "/");
        }
        try {
            IntakeLoad load = new IntakeLoad(target, concurrency);
            System.out.printf("Intake bench: %s, %d submitters, ~%d-byte registrations, %d warm-up + %d measured%s%n",
                    target, concurrency, IntakeLoad.REGISTRATION_BYTES, warmup, registrations,
                    url != null ? "" : classical ? ", classical X25519 desk key" : ", hybrid post-quantum desk key");
            load.run(warmup, false);
            LatencySummary summary = load.run(registrations, true);
            System.out.println(summary.report());
            if (started != null) {
                printStorage(started, data);
            }
            return summary.failures() == 0 ? 0 : 1;
        } finally {
            if (started != null) {
                started.close();
            }
            if (data != null) {
                try (var files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /** What the stored registrations take on disk, against the ciphertext they are. */
    private static void printStorage(ConfigurableApplicationContext intake, Path data) throws Exception {
        JdbcClient jdbc = intake.getBean(JdbcClient.class);
        long envelopes = jdbc.sql("select count(*) from envelope").query(Long.class).single();
        long ciphertext = jdbc.sql("select coalesce(sum(size_bytes), 0) from envelope").query(Long.class).single();
        jdbc.sql("checkpoint sync").update();
        long file;
        try (var files = Files.list(data)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("Storage: %,d envelopes, %,d bytes of ciphertext (%,d each); H2 file %,d bytes: %,d per envelope, "
                        + "%.2f × the ciphertext%n", envelopes, ciphertext, envelopes == 0 ? 0 : ciphertext / envelopes, file,
                envelopes == 0 ? 0 : file / envelopes, ciphertext == 0 ? 0 : (double) file / ciphertext);
    }
}
