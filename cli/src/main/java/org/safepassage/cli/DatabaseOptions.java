package org.safepassage.cli;

import java.util.Map;
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
}
