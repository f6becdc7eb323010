package org.safepassage.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.core.storage.EmbeddedStore;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The public intake: server-rendered pages that seal every submission to the desk before storing it. */
/* No one logs in to the intake, so no user store is configured. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(IntakeSettings.class)
@EnableScheduling
public class IntakeApplication {

    /** The intake reads {@code intake.properties}, so that it and the desk can share one jar. */
    public static final String CONFIG_NAME = "intake";

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    /**
     * Starts the intake. {@code database} is a JDBC URL, or empty for the embedded H2 file in the data folder.
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web, String... args) {
        Object dataDir = properties.get("safepassage.intake.data-dir");
        if (dataDir != null) {
            // before the embedded database opens its file there
            try {
                SecretFiles.createPrivateDirectory(Path.of(dataDir.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
            }
        }
        // a sparse embedded database file is rewritten before it is opened (see EmbeddedStore)
        var compacted = EmbeddedStore.compactIfSparse(properties);
        SpringApplication application = new SpringApplication(IntakeApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.config.name", CONFIG_NAME);
        all.putAll(properties);
        application.setDefaultProperties(all);
        ConfigurableApplicationContext context = application.run(args);
        // said once the application's own logging (no time finer than the hour) is set up
        compacted.ifPresent(compaction -> LoggerFactory.getLogger(IntakeApplication.class).info(
                "Compacted the embedded database file before opening it: {} MB to {} MB", compaction.before() >> 20,
                compaction.after() >> 20));
        if (dataDir != null) {
            // the database files were just created with the process's umask: close them to other users
            try {
                SecretFiles.restrictToOwner(Path.of(dataDir.toString()));
            } catch (IOException e) {
                context.close();
                throw new UncheckedIOException("cannot make the data folder " + dataDir + " private", e);
            }
        }
        return context;
    }


    /**
     * The JDBC URL of the embedded H2 database in a data folder. Every commit is written at once
     * ({@code WRITE_DELAY=0}); pages split at 2 KB instead of 16 KB, because each registration rewrites
     * one leaf of every index on a random key and H2 keeps each superseded leaf in the file for a
     * while: smaller leaves keep the file near three times the ciphertext it holds instead of four.
     */
    public static String embeddedDatabaseUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("intake")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;PAGE_SIZE=2048";
    }
}
