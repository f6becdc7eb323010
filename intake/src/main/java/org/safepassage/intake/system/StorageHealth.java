package org.safepassage.intake.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, asked every few seconds apart from any request, so that a page can
 * say so at once instead of letting someone type a whole registration into an intake that cannot
 * store it. A request never waits on this check.
 */
@Component
public class StorageHealth {

    private static final Logger log = LoggerFactory.getLogger(StorageHealth.class);

    private final JdbcClient jdbc;
    private volatile boolean available = true;

    public StorageHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean available() {
        return available;
    }

    @Scheduled(fixedDelayString = "${safepassage.intake.storage-check:PT3S}")
    void check() {
        boolean now;
        try {
            now = jdbc.sql("select 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            now = false;
        }
        if (now != available) {
            if (now) {
                log.warn("OPERATOR: the database answers again; registrations are taken");
            } else {
                log.warn("OPERATOR ALERT: the database does not answer; the form tells submitters to come back later");
            }
        }
        available = now;
    }
}
