package org.safepassage.intake.submission;

import org.safepassage.core.storage.EmbeddedStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a committed transaction survive a power failure before anyone is told it is stored.
 * PostgreSQL does so at commit ({@code synchronous_commit}, on by default). The embedded H2 writes
 * a commit to the file but leaves it in the operating system's cache, which may hold the last
 * half minute of writes when the machine loses power or the kernel stops; so on H2 every group
 * commit is followed by {@code CHECKPOINT SYNC}, which forces the file to the disk. One sync serves
 * every submission of the group.
 */
@Component
public class CommitDurability {

    private final JdbcTemplate jdbc;
    private final boolean syncAfterCommit;

    @Autowired
    public CommitDurability(JdbcTemplate jdbc, Environment environment) {
        this(jdbc, environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:"));
    }

    CommitDurability(JdbcTemplate jdbc, boolean syncAfterCommit) {
        this.jdbc = jdbc;
        this.syncAfterCommit = syncAfterCommit;
    }

    /** Returns once what has been committed is on the disk. */
    public void afterCommit() {
        if (syncAfterCommit) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                EmbeddedStore.forceCommitted(connection);
                return null;
            });
        }
    }
}
