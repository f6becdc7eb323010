package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder remembers the PostgreSQL database its node serves, so `--data` alone reaches it; never the password. */
class DatabaseOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aCommandGivenOnlyTheDataFolderReachesTheDatabaseTheNodeServes() throws Exception {
        Path remembered = dir.resolve("database.properties");
        DatabaseOptions serve = new DatabaseOptions();
        serve.database = "jdbc:postgresql://db.internal/intake";
        serve.databaseUser = "intake";
        serve.addTo(new LinkedHashMap<>(), "jdbc:h2:file:" + dir.resolve("intake"), remembered);

        Map<String, Object> export = new LinkedHashMap<>();
        DatabaseOptions later = new DatabaseOptions();
        later.addTo(export, "jdbc:h2:file:" + dir.resolve("intake"), remembered);

        assertThat(export).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal/intake")
                .containsEntry("spring.datasource.username", "intake");
        assertThat(later.embedded()).isFalse();
        assertThat(Files.readString(remembered)).doesNotContainIgnoringCase("password=").doesNotContainPattern("\\d\\d:\\d\\d");

        Map<String, Object> fresh = new LinkedHashMap<>();
        DatabaseOptions elsewhere = new DatabaseOptions();
        elsewhere.addTo(fresh, "jdbc:h2:file:" + dir.resolve("other"), dir.resolve("none.properties"));
        assertThat(fresh.get("spring.datasource.url").toString()).startsWith("jdbc:h2:file:");
        assertThat(elsewhere.embedded()).isTrue();
    }
}
