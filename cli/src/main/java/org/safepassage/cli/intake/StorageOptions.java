package org.safepassage.cli.intake;

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

    public Path data() {
        return data;
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.intake.data-dir", data.toAbsolutePath().toString());
        database.addTo(properties, IntakeApplication.embeddedDatabaseUrl(data));
        return properties;
    }
}
