package org.safepassage.cli.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.intake.IntakeApplication;
import picocli.CommandLine.Option;

/** Where an intake keeps its state: the data folder, and the embedded H2 file or a PostgreSQL server. */
public final class StorageOptions {

    @Option(names = "--data", required = true, description = "Data folder (H2 database, pepper, signing key).")
    Path data;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://localhost/intake. "
            + "Default: embedded H2 in the data folder.")
    String database;

    @Option(names = "--db-user", description = "Database user. The password is read from the environment variable "
            + "SAFEPASSAGE_DB_PASSWORD, never from the command line.")
    String databaseUser;

    public Path data() {
        return data;
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", data.toAbsolutePath().toString());
        properties.put("spring.datasource.url", database == null ? IntakeApplication.embeddedDatabaseUrl(data) : database);
        if (databaseUser != null) {
            properties.put("spring.datasource.username", databaseUser);
        }
        String password = System.getenv("SAFEPASSAGE_DB_PASSWORD");
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
        return properties;
    }
}
