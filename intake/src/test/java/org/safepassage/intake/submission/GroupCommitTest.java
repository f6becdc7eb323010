package org.safepassage.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {

    private JdbcTemplate jdbc;
    private GroupCommit groupCommit;

    @BeforeEach
    void openDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table note (id int primary key)");
        groupCommit = new GroupCommit(new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new CommitDurability(jdbc, true), new java.security.SecureRandom());
    }

    @AfterEach
    void closeWriter() throws InterruptedException {
        groupCommit.destroy();
    }

    @Test
    void aWriteIsCommittedWhenWriteReturns() {
        groupCommit.write(() -> jdbc.update("insert into note values (1)"));

        assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFailingWriteFailsAloneAndLeavesNothingHalfDone() throws Exception {
        jdbc.update("insert into note values (-1)");
        int writers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int id = i;
            outcomes.add(pool.submit(() -> {
                start.await();
                groupCommit.write(() -> {
                    jdbc.update("insert into note values (?)", 1000 + id);
                    if (id == 7) {
                        jdbc.update("insert into note values (-1)"); // duplicate key: this write must fail
                    }
                });
                return null;
            }));
        }
        start.countDown();
        int failed = 0;
        for (Future<?> outcome : outcomes) {
            try {
                outcome.get();
            } catch (ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();

        assertThat(failed).isEqualTo(1);
        assertThat(jdbc.queryForList("select id from note order by id", Integer.class))
                .hasSize(writers)
                .contains(-1, 1000, 1006, 1008, 1063)
                .doesNotContain(1007);
    }

    @Test
    void theWritesOfOneCommitRunInRandomOrderNotInTheOrderTheyCame() throws Exception {
        List<Integer> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch holding = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(41);
        // the first write holds the writer, so the next 40 queue in a known order and commit together
        pool.submit(() -> {
            groupCommit.write(() -> awaitQuietly(holding));
            return null;
        });
        Thread.sleep(200);
        List<Future<?>> queued = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int id = i;
            queued.add(pool.submit(() -> {
                groupCommit.write(() -> ran.add(id));
                return null;
            }));
            Thread.sleep(5);
        }
        holding.countDown();
        for (Future<?> write : queued) {
            write.get();
        }
        pool.shutdown();

        assertThat(ran).hasSize(40).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 40).boxed().toList())
                .as("one chance in 40! of the arrival order").isNotEqualTo(java.util.stream.IntStream.range(0, 40).boxed().toList());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCommitThatCannotBeSyncedLeavesTheOutcomeUnknownNotRefused() throws InterruptedException {
        groupCommit.destroy();
        groupCommit = new GroupCommit(new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
                new CommitDurability(jdbc, true) {
                    @Override
                    public void afterCommit() {
                        throw new DataAccessResourceFailureException("the disk is gone");
                    }
                }, new java.security.SecureRandom());

        assertThatThrownBy(() -> groupCommit.write(() -> jdbc.update("insert into note values (3)")))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(jdbc.queryForObject("select count(*) from note", Integer.class))
                .as("committed, so never to be reported as not stored").isEqualTo(1);
    }

    @Test
    void underLoadWritesArrivingJustAfterACommitWaitForTheNextTogether() throws Exception {
        groupCommit.destroy();
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        // a wait of 300 ms instead of 5, and writes 20 ms apart: clear of a busy machine's scheduling
        groupCommit = new GroupCommit(new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
                new CommitDurability(jdbc, false) {
                    @Override
                    public void afterCommit() {
                        commits.incrementAndGet();
                    }
                }, new java.security.SecureRandom(), java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(300));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch holding = new CountDownLatch(1);
        // a shared commit first: five writes queued behind one that holds the writer
        Future<?> held = pool.submit(() -> {
            groupCommit.write(() -> awaitQuietly(holding));
            return null;
        });
        Thread.sleep(200);
        List<Future<?>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = -2 - i;
            five.add(pool.submit(() -> {
                groupCommit.write(() -> jdbc.update("insert into note values (?)", id));
                return null;
            }));
        }
        Thread.sleep(200);
        holding.countDown();
        held.get();
        for (Future<?> write : five) {
            write.get();
        }
        int beforeTheTen = commits.get();
        // then ten writes 20 ms apart: alone, each would be a commit of its own
        List<Future<?>> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int id = i;
            ten.add(pool.submit(() -> {
                groupCommit.write(() -> jdbc.update("insert into note values (?)", id));
                return null;
            }));
            Thread.sleep(20);
        }
        for (Future<?> write : ten) {
            write.get();
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(15);
        assertThat(commits.get() - beforeTheTen).as("commits for the ten").isLessThanOrEqualTo(4);
    }

    @Test
    void refusesWritesAfterShutdown() throws InterruptedException {
        groupCommit.destroy();

        assertThatThrownBy(() -> groupCommit.write(() -> jdbc.update("insert into note values (2)")))
                .isInstanceOf(IntakeBusyException.class);
        assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isZero();
    }
}
