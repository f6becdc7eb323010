package org.safepassage.intake.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.IntakeApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real intake started the way the command line starts it, on a free port, with a fresh desk
 * identity and desk signing key, logging to a file in its folder so tests can read the log.
 */
public final class RunningIntake implements AutoCloseable {

    private final Path root;
    private final Path dataDir;
    /** A hybrid post-quantum desk identity, as keygen makes by default. */
    private final AgeIdentity deskIdentity;
    private final SigningKey deskSigningKey;
    private final ConfigurableApplicationContext context;
    private final URI base;
    private final String databaseUrl;

    public RunningIntake(Path root, TestDatabase database, Map<String, Object> extra) throws IOException {
        this(root, database, extra, null);
    }

    /**
     * Another node of {@code first}'s deployment: its own folder holding a copy of the deployment's
     * keys and pepper (as an operator copies them), the same database and desk keys.
     */
    public static RunningIntake anotherNode(Path root, RunningIntake first) throws IOException {
        return anotherNode(root, first, true);
    }

    /** Another node of {@code first}'s deployment with these settings of its own. */
    public static RunningIntake anotherNode(Path root, RunningIntake first, Map<String, Object> extra) throws IOException {
        copyDeploymentFiles(first, root.resolve("intake-data"));
        return new RunningIntake(root, (TestDatabase) null, extra, first);
    }

    /** Another node, its data folder holding the deployment's files only if {@code copyFiles}. */
    public static RunningIntake anotherNode(Path root, RunningIntake first, boolean copyFiles) throws IOException {
        if (copyFiles) {
            copyDeploymentFiles(first, root.resolve("intake-data"));
        }
        return new RunningIntake(root, (TestDatabase) null, Map.of(), first);
    }

    private static void copyDeploymentFiles(RunningIntake first, Path data) throws IOException {
        Files.createDirectories(data);
        try (var files = Files.list(first.dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("intake.")).toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
    }

    private RunningIntake(Path root, TestDatabase database, Map<String, Object> extra, RunningIntake first) throws IOException {
        this(root, first != null ? first.databaseUrl
                : database.freshUrl(IntakeApplication.embeddedDatabaseUrl(root.resolve("intake-data"))), extra, first);
    }

    /** An intake on the database at {@code databaseUrl} (a PostgreSQL server the test stops and starts, say). */
    public static RunningIntake onDatabase(Path root, String databaseUrl, Map<String, Object> extra) throws IOException {
        return new RunningIntake(root, databaseUrl, extra, null);
    }

    private RunningIntake(Path root, String databaseUrl, Map<String, Object> extra, RunningIntake first) throws IOException {
        this.root = root;
        this.dataDir = root.resolve("intake-data");
        Files.createDirectories(dataDir);
        this.deskIdentity = first == null ? AgeIdentity.generateHybrid() : first.deskIdentity;
        this.deskSigningKey = first == null ? SigningKey.generate() : first.deskSigningKey;
        deskSigningKey.verifyingKey().write(root.resolve("desk-sign.pub"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        this.databaseUrl = databaseUrl;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", dataDir.toString());
        properties.put("safepassage.intake.recipients[0]", deskIdentity.recipient().value());
        properties.put("safepassage.intake.desk-signing-key", root.resolve("desk-sign.pub").toString());
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("server.port", port);
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.file.name", logFile().toString());
        properties.putAll(extra);
        this.context = IntakeApplication.start(properties, true);
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    public RunningIntake(Path root, TestDatabase database) throws IOException {
        this(root, database, Map.of());
    }

    public URI base() {
        return base;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return root.resolve("intake.log");
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public AgeIdentity deskIdentity() {
        return deskIdentity;
    }

    public SigningKey deskSigningKey() {
        return deskSigningKey;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Submitter submitter() {
        return new Submitter(base);
    }

    @Override
    public void close() {
        context.close();
    }
}
