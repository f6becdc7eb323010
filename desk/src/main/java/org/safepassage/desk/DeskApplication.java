package org.safepassage.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.core.storage.EmbeddedStore;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The private desk: opens sealed batches with the desk identity, keeps cases, replies and the audit log. */
/* Staff sign in through StaffAuthentication, so Spring's default in-memory user is not configured. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(DeskSettings.class)
@EnableScheduling
public class DeskApplication {

    /** The desk reads {@code desk.properties}, so that it and the intake can share one jar. */
    public static final String CONFIG_NAME = "desk";

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Starts the desk with the given properties; {@code web} false gives the services without a server (CLI use). */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web, String... args) {
        Object dataDir = properties.get("safepassage.desk.data-dir");
        if (dataDir != null) {
            try {
                SecretFiles.createPrivateDirectory(Path.of(dataDir.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
            }
        }
        // a sparse embedded database file is rewritten before it is opened (see EmbeddedStore)
        var compacted = EmbeddedStore.compactIfSparse(properties);
        SpringApplication application = new SpringApplication(DeskApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.config.name", CONFIG_NAME);
        all.putAll(properties);
        application.setDefaultProperties(all);
        ConfigurableApplicationContext context = application.run(args);
        // said once the application's own logging (no time finer than the hour) is set up
        compacted.ifPresent(compaction -> LoggerFactory.getLogger(DeskApplication.class).info(
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


    /** The JDBC URL of the embedded H2 database in a data folder. */
    public static String embeddedDatabaseUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("desk")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }
}
