package org.safepassage.desk.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.core.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A desk upgraded to V15 with links already stored: those that vetting had flagged as resting on
 * what anyone could know (their reasons say so) become unconfirmed; the others stay confirmed.
 */
class UnconfirmedLinksMigrationTest {

    private static final String UNCONFIRMED_BEFORE_V15 = "nothing only the person knows (national ID, father's name, birth place, "
            + "family) was given by both: confirm with the person before trusting this link";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void linksStoredBeforeTheUpgradeAreToldApartByTheirReasons(TestDatabase kind) {
        String url = kind.freshUrl("jdbc:h2:file:" + dir.resolve("desk")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/desk").target("14").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into team (name) values ('triage')").update();
        long team = jdbc.sql("select id from team").query(Long.class).single();
        for (String id : new String[] {"r-1", "r-2", "r-3"}) {
            String tag = id.replace("r-", "a").repeat(32).substring(0, 64);
            jdbc.sql("insert into submitter_thread (tag) values (?)").param(tag).update();
            jdbc.sql("insert into registration (id, thread_tag, team_id, received_at, imported_at, batch_id) "
                    + "values (?, ?, ?, current_timestamp, current_timestamp, 'b-1')").params(id, tag, team).update();
        }
        jdbc.sql("insert into registration_link (a, b, weight, reasons) values ('r-1', 'r-2', 31.5, ?)")
                .param("same national ID (check digit valid)\nfamily name agrees").update();
        // the reason vetting gave an unconfirmed link when V15 was written (it has been reworded since)
        jdbc.sql("insert into registration_link (a, b, weight, reasons) values ('r-1', 'r-3', 22.0, ?)")
                .param("given name agrees\nsame organisation (IRGC)\n" + UNCONFIRMED_BEFORE_V15).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/desk").load().migrate();

        assertThat(jdbc.sql("select confirmed from registration_link where b = 'r-2'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select confirmed from registration_link where b = 'r-3'").query(Boolean.class).single()).isFalse();
    }
}
