package org.safepassage.intake.support;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.safepassage.core.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh intake database (an H2 file in {@code dir}, or one on PostgreSQL) with the intake's migrations applied. */
public final class IntakeDatabase {

    private IntakeDatabase() {
    }

    public static JdbcClient migrated(TestDatabase kind, Path dir) {
        String url = kind.freshUrl("jdbc:h2:file:" + dir.resolve("intake") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/intake").load().migrate();
        return JdbcClient.create(dataSource);
    }
}
