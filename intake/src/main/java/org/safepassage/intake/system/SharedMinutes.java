package org.safepassage.intake.system;

import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nodes' shared sense of minutes passing, without a clock time anywhere: a count in the database
 * that whichever node finds unchanged for a minute moves on by one (compare-and-set, so two nodes
 * never move it twice). Sessions, spent challenges and receipt attempts are aged by it, so that a
 * submitter's requests on different nodes are aged alike. While the database cannot be read the
 * count stands still (nothing shared can be used then either).
 */
@Component
public class SharedMinutes {

    private static final long MINUTE = 60_000_000_000L;

    private final JdbcClient jdbc;
    private final LongSupplier nanoTime;
    private volatile long count;
    private long lastRead = -1;
    private long unchangedSince;

    @Autowired
    public SharedMinutes(JdbcClient jdbc) {
        this(jdbc, System::nanoTime);
    }

    public SharedMinutes(JdbcClient jdbc, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.nanoTime = nanoTime;
        this.unchangedSince = nanoTime.getAsLong();
        look();
    }

    /** The shared minute count, as last read. */
    public long now() {
        return count;
    }

    /** Reads the count, and moves it on if it has stood still for a minute; every few seconds. */
    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    public synchronized void look() {
        long local = nanoTime.getAsLong();
        try {
            long stored = jdbc.sql("select count from minute_count where name = 'shared'").query(Long.class).single();
            if (stored != lastRead) {
                lastRead = stored;
                unchangedSince = local;
            } else if (local - unchangedSince >= MINUTE
                    && jdbc.sql("update minute_count set count = ? where name = 'shared' and count = ?")
                            .params(stored + 1, stored).update() == 1) {
                lastRead = ++stored;
                unchangedSince = local;
            }
            count = stored;
        } catch (DataAccessException e) {
            // the count stands still until the database answers again
        }
    }
}
