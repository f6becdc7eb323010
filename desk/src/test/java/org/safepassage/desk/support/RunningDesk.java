package org.safepassage.desk.support;

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
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.StaffAccounts;
import org.safepassage.desk.staff.TotpCodes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real desk started as the command line starts it, on a free port, with fresh keys: its own
 * identity and signing key, and the public key of an intake whose private half the test holds.
 */
public final class RunningDesk implements AutoCloseable {

    public static final String PASSWORD = "synthetic-password-1";

    private final AgeIdentity identity;
    private final SigningKey intakeKey = SigningKey.generate();
    private final SigningKey deskKey = SigningKey.generate();
    private final Path root;
    private final ConfigurableApplicationContext context;
    private final URI base;

    /** A desk with a hybrid post-quantum identity, as keygen makes by default. */
    public RunningDesk(Path root, TestDatabase database) throws IOException {
        this(root, database, Map.of());
    }

    /** A desk with {@code extra} properties on top of the command line's. */
    public RunningDesk(Path root, TestDatabase database, Map<String, Object> extra) throws IOException {
        this(root, database, extra, AgeIdentity.generateHybrid());
    }

    /** A desk still on a classical X25519 identity, as deployments made before the hybrid one are. */
    public static RunningDesk classical(Path root, TestDatabase database) throws IOException {
        return new RunningDesk(root, database, Map.of(), AgeIdentity.generate());
    }

    private RunningDesk(Path root, TestDatabase database, Map<String, Object> extra, AgeIdentity identity) throws IOException {
        this.identity = identity;
        this.root = root;
        Path data = root.resolve("desk-data");
        Files.createDirectories(data);
        identity.write(root.resolve("desk-identity.age"));
        intakeKey.verifyingKey().write(root.resolve("intake-sign.pub"));
        deskKey.write(data.resolve("desk-sign.key"), data.resolve("desk-sign.pub"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.desk.data-dir", data.toString());
        properties.put("safepassage.desk.identity", root.resolve("desk-identity.age").toString());
        properties.put("safepassage.desk.intake-signing-key", root.resolve("intake-sign.pub").toString());
        properties.put("spring.datasource.url", database.freshUrl(DeskApplication.embeddedDatabaseUrl(data)));
        properties.put("server.port", port);
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.file.name", root.resolve("desk.log").toString());
        properties.putAll(extra);
        this.context = DeskApplication.start(properties, true);
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    public URI base() {
        return base;
    }

    public AgeIdentity identity() {
        return identity;
    }

    /** The intake's private signing key, so the test can play the intake. */
    public SigningKey intakeKey() {
        return intakeKey;
    }

    public SigningKey deskKey() {
        return deskKey;
    }

    public Path root() {
        return root;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    /** Creates an account with {@link #PASSWORD}; returns its TOTP secret, if any. */
    public String createStaff(String username, Role role, String team) {
        return bean(StaffAccounts.class).create(username, PASSWORD.toCharArray(), role, team, false, "test").totpSecret();
    }

    /** A browser that has not signed in. */
    public StaffClient newClient() {
        return new StaffClient(base);
    }

    /** Signs in over HTTP as a real browser would (form, CSRF token, session cookie). */
    public StaffClient signIn(String username, String totpSecret) throws IOException, InterruptedException {
        StaffClient client = new StaffClient(base);
        String code = totpSecret == null ? "" : bean(TotpCodes.class).currentCode(totpSecret);
        if (!client.signIn(username, PASSWORD, code)) {
            throw new IllegalStateException(username + " could not sign in: " + client.lastProblem());
        }
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
