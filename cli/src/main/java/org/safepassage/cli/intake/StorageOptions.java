package org.safepassage.cli.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.cli.DatabaseOptions;
import org.safepassage.intake.IntakeApplication;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where an intake keeps its state: the data folder, and the embedded H2 file or a PostgreSQL server. */
public final class StorageOptions {

    @Option(names = "--data", required = true, description = "Data folder (H2 database, pepper, signing key).")
    Path data;

    @Mixin
    DatabaseOptions database;

    /** The file in the data folder that remembers the PostgreSQL database a node serves. */
    static final String REMEMBERED_DATABASE = "database.properties";

    /** Whether this node keeps its records in the embedded H2 file of its data folder (after {@link #properties}). */
    public boolean embedded() {
        return database.embedded();
    }

    public Path data() {
        return data;
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", data.toAbsolutePath().toString());
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the data folder " + data, e);
        }
        database.addTo(properties, IntakeApplication.embeddedDatabaseUrl(data), data.resolve(REMEMBERED_DATABASE));
        return properties;
    }
}
