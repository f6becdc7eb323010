package org.safepassage.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where an app keeps its records: the embedded H2 file in its data folder, or a PostgreSQL server. */
public final class DatabaseOptions {

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://localhost/safepassage. "
            + "Default: embedded H2 in the data folder.")
    String database;

    @Option(names = "--db-user", description = "Database user. The password is read from the environment variable "
            + "SAFEPASSAGE_DB_PASSWORD, never from the command line.")
    String databaseUser;

    /** Adds the data source properties: the database given, or else the embedded one at {@code embeddedUrl}. */
    public void addTo(Map<String, Object> properties, String embeddedUrl) {
        properties.put("spring.datasource.url", database == null ? embeddedUrl : database);
        if (databaseUser != null) {
            properties.put("spring.datasource.username", databaseUser);
        }
        String password = System.getenv("SAFEPASSAGE_DB_PASSWORD");
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
    }

    /**
     * As {@link #addTo(Map, String)}, with the data folder remembering the database: a command given
     * {@code --db} writes its URL and user (never the password) to {@code remembered}; a later command
     * given only the data folder uses them, so that it reaches the database the node serves instead
     * of an empty embedded one.
     */
    public void addTo(Map<String, Object> properties, String embeddedUrl, Path remembered) {
        if (database != null) {
            Properties file = new Properties();
            file.setProperty("url", database);
            if (databaseUser != null) {
                file.setProperty("user", databaseUser);
            }
            try {
                // Properties writes the moment as a comment: left out, as every time finer than the hour
                java.io.StringWriter text = new java.io.StringWriter();
                file.store(text, null);
                String lines = text.toString().lines().filter(line -> !line.startsWith("#"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
                Files.writeString(remembered, "# the database this data folder's node serves; never its password\n" + lines,
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + remembered, e);
            }
        } else if (Files.exists(remembered)) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(remembered, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + remembered, e);
            }
            database = file.getProperty("url");
            databaseUser = databaseUser != null ? databaseUser : file.getProperty("user");
        }
        addTo(properties, embeddedUrl);
    }

    /** Whether the embedded database is used (no PostgreSQL given or remembered). */
    public boolean embedded() {
        return database == null;
    }
}
