package org.safepassage.desk.search;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.desk.transfer.ImportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search keys of every registration: written for each chunk an import stores, and at
 * start for any registration indexed under an older {@link SearchKeys#VERSION} (or not at all: held
 * before search existed, restored from a backup, or stored just before a crash).
 */
@Service
public class SearchIndex implements ImportListener, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    @Override
    public void stored(List<Registration> registrations) {
        index(registrations);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int indexed = indexStale();
        if (indexed > 0) {
            log.info("Search keys written for {} registrations", indexed);
        }
    }

    /** Indexes every registration not indexed under the current version; returns how many. */
    public int indexStale() {
        int total = 0;
        while (true) {
            List<Registration> stale = jdbc.sql("select d.document from registration r join registration_document d on d.registration_id = r.id "
                            + "where r.search_version <> ? order by r.id limit ?")
                    .params(SearchKeys.VERSION, CHUNK).query((row, n) -> RegistrationParser.parse(row.getString("document"))).list();
            if (stale.isEmpty()) {
                return total;
            }
            index(stale);
            total += stale.size();
        }
    }

    /** Replaces the keys of these registrations with keys of the current version. */
    public void index(List<Registration> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Registration registration : registrations) {
            for (SearchKeys.Key key : SearchKeys.of(registration)) {
                keys.add(new Object[] {registration.id(), key.field().column(), key.skeleton(), key.folded()});
            }
            rows.add(new Object[] {SearchKeys.VERSION, registration.id()});
        }
        List<Object[]> ids = registrations.stream().map(r -> new Object[] {r.id()}).toList();
        transaction.executeWithoutResult(status -> {
            batch.batchUpdate("delete from registration_name_key where registration_id = ?", ids);
            batch.batchUpdate("insert into registration_name_key (registration_id, field, skeleton, folded) values (?, ?, ?, ?)", keys);
            batch.batchUpdate("update registration set search_version = ? where id = ?", rows);
        });
    }
}
