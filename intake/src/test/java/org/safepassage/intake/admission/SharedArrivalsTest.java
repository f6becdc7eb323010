package org.safepassage.intake.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.IntakeDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Three nodes on one real database (H2 file and PostgreSQL), each below the flood threshold alone. */
class SharedArrivalsTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private JdbcClient database(TestDatabase kind) {
        return IntakeDatabase.migrated(kind, dir);
    }

    private FloodDetector node() {
        return new FloodDetector(FloodDetector.Mode.AUTO, 120, 16, now::get);
    }

    private static void arrive(FloodDetector node, int count) {
        for (int i = 0; i < count; i++) {
            node.arrivalIsGuarded();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threeNodesBelowTheThresholdEachAreOneFloodTogether(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        FloodDetector a = node();
        FloodDetector b = node();
        FloodDetector c = node();
        SharedArrivals sharedA = new SharedArrivals(jdbc, a);
        SharedArrivals sharedB = new SharedArrivals(jdbc, b);
        SharedArrivals sharedC = new SharedArrivals(jdbc, c);
        arrive(a, 50);
        arrive(b, 50);
        arrive(c, 50);
        assertThat(a.guarded()).as("50 a minute at one node alone is no flood").isFalse();

        for (int second = 0; second < 2; second++) { // within a second or two every node has heard the others
            sharedA.exchange();
            sharedB.exchange();
            sharedC.exchange();
        }

        assertThat(a.guarded()).as("150 a minute across the three").isTrue();
        assertThat(b.guarded()).isTrue();
        assertThat(c.guarded()).isTrue();
        assertThat(jdbc.sql("select count(*) from flood_count").query(Long.class).single()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNodeThatStopsBeatingIsLeftOutAndOneThatLeavesTakesItsRowWithIt(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        FloodDetector a = node();
        FloodDetector killed = node();
        FloodDetector leaving = node();
        SharedArrivals sharedA = new SharedArrivals(jdbc, a);
        SharedArrivals sharedKilled = new SharedArrivals(jdbc, killed);
        SharedArrivals sharedLeaving = new SharedArrivals(jdbc, leaving);
        arrive(killed, 100);
        arrive(leaving, 10);
        sharedKilled.exchange(); // then SIGKILL: its row stays, its beat stands still
        sharedLeaving.exchange();
        sharedLeaving.leave();
        sharedA.exchange();
        arrive(a, 30);
        sharedA.exchange();
        assertThat(a.guarded()).as("30 here and 100 at a node that was alive a second ago").isTrue();

        FloodDetector fresh = node(); // a node started after: it has never seen the killed node beat
        SharedArrivals sharedFresh = new SharedArrivals(jdbc, fresh);
        for (int i = 0; i <= SharedArrivals.GONE_AFTER; i++) {
            sharedFresh.exchange();
        }

        assertThat(fresh.guarded()).as("the killed node's count is left out once its beat stood still").isFalse();
        assertThat(jdbc.sql("select count(*) from flood_count").query(Long.class).single())
                .as("the node that left removed its row; the killed one's stays until long gone").isEqualTo(3);
    }
}
