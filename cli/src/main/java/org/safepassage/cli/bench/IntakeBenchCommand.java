package org.safepassage.cli.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * intake on the default embedded H2 store in a temporary folder, or with {@code --db} one or more
 * nodes on a PostgreSQL database, and then also prints what a registration cost the database.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Registrations/s and p50/p99 latency of the intake over HTTP on localhost.")
public final class IntakeBenchCommand implements Callable<Integer> {

    @Option(names = "--url", description = "A running intake (default: start one on embedded H2 in a temporary folder).")
    URI url;

    @Option(names = "--registrations", defaultValue = "20000", description = "Measured registrations (default ${DEFAULT-VALUE}).")
    int registrations;

    @Option(names = "--warmup", description = "Registrations before measuring (default: rounds of 5,000 until the JIT "
            + "compiler works less than 10 % of a round's time, at most 16 rounds).")
    Integer warmup;

    @Option(names = "--concurrency", defaultValue = "16", description = "Simultaneous submitters (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--classical", description = "Seal to a classical X25519 desk key instead of the hybrid post-quantum "
            + "one (keygen's default), to compare their cost.")
    boolean classical;

    @Option(names = "--db", description = "Start the intake node(s) on this PostgreSQL database (a JDBC URL with user and "
            + "password) instead of the embedded H2, and print what each registration cost the database.")
    String database;

    @Option(names = "--nodes", defaultValue = "1", description = "Intake nodes to start on the --db database, in this JVM "
            + "(default ${DEFAULT-VALUE}); each submitter loads its form from one, sends it to the next and reads its "
            + "receipt from the one after, as Onionbalance may route them.")
    int nodes;

    @Override
    public Integer call() throws Exception {
        if (nodes < 1 || nodes > 1 && database == null) {
            throw new IllegalArgumentException("--nodes above 1 needs --db: several nodes share one PostgreSQL database");
        }
        if (url != null && (database != null || nodes > 1)) {
            throw new IllegalArgumentException("--url measures a running intake; --db and --nodes start their own");
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<URI> targets = new ArrayList<>();
        try {
            if (url != null) {
                targets.add(url);
            } else {
                AgeIdentity desk = classical ? AgeIdentity.generate() : AgeIdentity.generateHybrid();
                for (int node = 0; node < nodes; node++) {
                    Path data = Files.createTempDirectory("safepassage-bench");
                    if (node > 0) { // the deployment's pepper and signing key on every node, as docs/deployment.md says
                        for (String file : List.of("pepper", "intake-sign.key", "intake-sign.pub")) {
                            Files.copy(folders.get(0).resolve(file), data.resolve(file));
                        }
                    }
                    folders.add(data);
                    int port = freePort();
                    started.add(IntakeApplication.start(nodeProperties(data, port, desk), true));
                    targets.add(URI.create("http://127.0.0.1:" + port + "/"));
                }
            }
            IntakeLoad load = new IntakeLoad(targets, concurrency);
            System.out.printf("Intake bench: %s, %d submitters, ~%d-byte registrations (each: the form sent, then the receipt "
                            + "page read), %s warm-up + %d measured%s%n",
                    targets.size() == 1 ? targets.get(0) : targets.size() + " nodes on one PostgreSQL", concurrency,
                    IntakeLoad.REGISTRATION_BYTES, warmup == null ? "steady" : warmup.toString(), registrations,
                    url != null ? "" : (database != null ? ", PostgreSQL" : ", embedded H2")
                            + (classical ? ", classical X25519 desk key" : ", hybrid post-quantum desk key"));
            if (warmup == null) {
                System.out.println(SteadyWarmUp.describe(SteadyWarmUp.run(load, url == null)));
            } else {
                load.run(warmup, false);
            }
            DatabaseCost cost = database != null ? new DatabaseCost(started.get(0).getBean(JdbcClient.class)) : null;
            LatencySummary summary = load.run(registrations, true);
            System.out.println(summary.report());
            if (targets.size() > 1) {
                System.out.printf("Per node: %.0f registrations/s%n", summary.perSecond() / targets.size());
            }
            if (cost != null) {
                System.out.println(cost.report(registrations));
            }
            if (!started.isEmpty()) {
                printStorage(started.get(0), database == null ? folders.get(0) : null);
            }
            return summary.failures() == 0 ? 0 : 1;
        } finally {
            for (ConfigurableApplicationContext context : started) {
                context.close();
            }
            for (Path data : folders) {
                try (var files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private Map<String, Object> nodeProperties(Path data, int port, AgeIdentity desk) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", data.toString());
        properties.put("safepassage.intake.recipients[0]", desk.recipient().value());
        // The bench measures sealing and storing, not the flood defence (./run bench flood does):
        // thousands of new submitters a minute would otherwise be asked for proofs of work.
        properties.put("safepassage.intake.admission", "off");
        properties.put("safepassage.intake.export-every", "0");
        properties.put("spring.datasource.url", database != null ? database : IntakeApplication.embeddedDatabaseUrl(data));
        properties.put("server.port", port);
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.safepassage.intake.system.StorageUpkeep", "INFO");
        return properties;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What the stored registrations take on disk (the H2 file in {@code data}, or PostgreSQL's tables), against the ciphertext. */
    private static void printStorage(ConfigurableApplicationContext intake, Path data) throws Exception {
        JdbcClient jdbc = intake.getBean(JdbcClient.class);
        long envelopes = jdbc.sql("select count(*) from envelope").query(Long.class).single();
        long ciphertext = jdbc.sql("select coalesce(sum(size_bytes), 0) from envelope").query(Long.class).single();
        if (data == null) {
            long tables = jdbc.sql("select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid ="
                    + " c.relnamespace where c.relkind = 'r' and n.nspname = current_schema()").query(Long.class).single();
            System.out.printf("Storage: %,d envelopes, %,d bytes of ciphertext (%,d each); PostgreSQL tables with their "
                            + "indexes and TOAST %,d bytes: %,d per envelope, %.2f × the ciphertext%n", envelopes, ciphertext,
                    envelopes == 0 ? 0 : ciphertext / envelopes, tables, envelopes == 0 ? 0 : tables / envelopes,
                    ciphertext == 0 ? 0 : (double) tables / ciphertext);
            return;
        }
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
