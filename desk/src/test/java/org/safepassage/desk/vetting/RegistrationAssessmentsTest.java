package org.safepassage.desk.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.transfer.BatchImport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A vetting run writes only the scores it changes: what it stores is what a rewrite of every row
 * would store, and rows that score the same are not touched (each write leaves the embedded file a
 * superseded copy of the row until it is compacted).
 */
class RegistrationAssessmentsTest {

    /** Counts the rows written to the assessment table (an H2 row trigger). */
    public static final class CountingTrigger implements Trigger {
        static final AtomicInteger WRITES = new AtomicInteger();

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            WRITES.incrementAndGet();
        }
    }

    @TempDir
    Path dir;

    @Test
    void aRunRewritesOnlyTheScoresThatChangedAndStoresWhatAFullRewriteWould() throws Exception {
        try (RunningDesk desk = new RunningDesk(dir, TestDatabase.H2, Map.of())) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String id = "r-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                // a third share a family name, so that some are linked and some scores depend on the others
                items.add(IntakeBatches.sealedRegistration(IntakeBatches.registration(id, "مهدی", i % 3 == 0 ? "قاسمی" : "قاسمی" + i,
                        "synthetic narrative number " + i, List.of()), Submitter.next(), desk.identity().recipient()));
            }
            desk.bean(BatchImport.class).importBatch(IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), items), "test");
            JdbcClient jdbc = desk.bean(JdbcClient.class);
            List<Map<String, Object>> assessed = table(jdbc);
            String queue = "select id, priority, queue_suspect from registration order by id";
            List<Map<String, Object>> queued = jdbc.sql(queue).query().listOfRows();
            assertThat(assessed).hasSize(60);
            jdbc.sql("create trigger count_writes after insert, update, delete on assessment for each row call \""
                    + CountingTrigger.class.getName() + "\"").update();

            // stale and missing scores, and a queue place someone changed: the run puts them right, and only them
            String stale = (String) assessed.get(7).get("registration_id");
            String missing = (String) assessed.get(21).get("registration_id");
            jdbc.sql("update assessment set reasons = 'stale', credibility = 0.5 where registration_id = ?").param(stale).update();
            jdbc.sql("delete from assessment where registration_id = ?").param(missing).update();
            jdbc.sql("update registration set priority = 0.123 where id = ?").param(missing).update();
            CountingTrigger.WRITES.set(0);

            desk.bean(RegistrationAssessments.class).assessAll();

            assertThat(CountingTrigger.WRITES.get()).as("rows written: one put right, one put back").isEqualTo(2);
            assertThat(table(jdbc)).isEqualTo(assessed);
            assertThat(jdbc.sql(queue).query().listOfRows()).isEqualTo(queued);

            CountingTrigger.WRITES.set(0);
            desk.bean(RegistrationAssessments.class).assessAll();
            assertThat(CountingTrigger.WRITES.get()).as("a run that changes nothing writes nothing").isZero();
        }
    }

    private static List<Map<String, Object>> table(JdbcClient jdbc) {
        return jdbc.sql("select * from assessment order by registration_id").query().listOfRows();
    }
}
