package org.safepassage.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file written commit by commit, as the apps write theirs, made sparse by churn and rewritten before opening. */
class EmbeddedStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSparseFileIsRewrittenWholeWithAllItsDataAndADenseOrHeldOneIsLeftAlone() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0";
        Path file = dir.resolve("store.mv.db");
        long live = 200L * 10_000;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("create table item (id int primary key, content varbinary(20000))");
            Random random = new Random(7);
            try (PreparedStatement write = connection.prepareStatement("merge into item key (id) values (?, ?)")) {
                for (int round = 0; round < 6; round++) { // each row written six times, one commit each
                    for (int id = 0; id < 400; id++) {
                        byte[] content = new byte[10_000];
                        random.nextBytes(content);
                        write.setInt(1, id);
                        write.setBytes(2, content);
                        write.executeUpdate();
                    }
                }
            }
            statement.execute("delete from item where id >= 200");
            assertThat(EmbeddedStore.compactIfSparse(url)).as("held open by someone else (here, in this JVM): left alone").isEmpty();
        }
        long before = Files.size(file);
        assertThat(before).as("positive control: churn left the file sparse").isGreaterThan(3 * live);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        var compaction = EmbeddedStore.compactIfSparse(url);

        assertThat(compaction).isPresent();
        assertThat(compaction.get().before()).isEqualTo(before);
        assertThat(Files.size(file)).isEqualTo(compaction.get().after()).isLessThan(live * 3 / 2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the file H2 wrote anew keeps the owner-only mode, whatever the umask").isEqualTo("rw-------");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*), sum(octet_length(content)) from item")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(200);
            assertThat(rows.getLong(2)).isEqualTo(live);
        }
        assertThat(EmbeddedStore.compactIfSparse(url)).as("a dense file is left alone").isEmpty();
        assertThat(EmbeddedStore.compactIfSparse("jdbc:postgresql://localhost/none")).isEmpty();
    }
}
