package org.safepassage.intake.submission;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes submissions durable in shared transactions. Submitting threads hand their writes to
 * one writer thread and wait; the writer takes every write waiting at that moment (and, when the
 * last commit was shared, those that arrive within 5 ms), runs them in one transaction and commits
 * once, then releases all of them. Under load one commit serves dozens of submissions; alone, a
 * submission is committed at once. {@link #write} returns only after the commit that holds the
 * write is on the disk ({@link CommitDurability}), so a receipt shown is still a submission kept,
 * even when the machine loses power right after.
 *
 * <p>If a shared transaction fails, its writes are retried one by one, so one bad write fails
 * only its own submission.
 */
@Component
public class GroupCommit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_GROUP = 128;
    private static final long QUEUE_WAIT_SECONDS = 2;
    private static final long COMMIT_WAIT_SECONDS = 20;
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final TransactionTemplate transaction;
    private final CommitDurability durability;
    private final SecureRandom random;
    private final long gatherNanos;
    private final BlockingQueue<PendingWrite> queue = new ArrayBlockingQueue<>(1024);
    private final Thread writer;
    private volatile boolean open = true;

    @Autowired
    public GroupCommit(TransactionTemplate transaction, CommitDurability durability, SecureRandom random) {
        this(transaction, durability, random, GATHER_NANOS);
    }

    /** With {@code gatherNanos} instead of 5 ms to wait for more writes after a shared commit. */
    GroupCommit(TransactionTemplate transaction, CommitDurability durability, SecureRandom random, long gatherNanos) {
        this.gatherNanos = gatherNanos;
        this.transaction = transaction;
        this.durability = durability;
        this.random = random;
        this.writer = new Thread(this::writeLoop, "intake-group-commit");
        this.writer.start();
    }

    /** Runs {@code work} inside a committed transaction; returns once it is durable. */
    public void write(Runnable work) {
        if (!open) {
            throw new IntakeBusyException("the intake is shutting down");
        }
        PendingWrite pending = new PendingWrite(work, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, QUEUE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IntakeBusyException("the storage queue is full");
            }
            pending.done().get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException("interrupted while storing");
        } catch (TimeoutException e) {
            // still queued or committing: it may yet be stored
            throw new OutcomeUnknownException("storage did not confirm in time");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DuplicateKeyException || cause instanceof CannotCreateTransactionException
                    || cause instanceof CannotGetJdbcConnectionException) {
                // a duplicate is the caller's to read; no connection means nothing was written
                throw cause instanceof DuplicateKeyException duplicate ? duplicate
                        : new IntakeBusyException("the database is not reachable");
            }
            // a failure at or around the commit: whether it took is not known here
            throw new OutcomeUnknownException("storing failed: " + cause.getClass().getSimpleName());
        }
    }

    private void writeLoop() {
        List<PendingWrite> group = new ArrayList<>(MAX_GROUP);
        int lastGroup = 0;
        while (open || !queue.isEmpty()) {
            try {
                PendingWrite first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                if (lastGroup > 1) {
                    gather(group);
                }
                lastGroup = group.size();
                commit(group);
            } catch (InterruptedException e) {
                open = false;
            } finally {
                group.clear();
            }
        }
    }

    /**
     * Waits up to {@link #GATHER_NANOS} (5 ms) for more writes to join the group, as PostgreSQL's
     * {@code commit_delay} does: one commit, one sync and one rewrite of each index's leaves then
     * serve more submissions. Only when the last group was shared, so that a submitter alone is
     * never kept waiting.
     */
    private void gather(List<PendingWrite> group) throws InterruptedException {
        long until = System.nanoTime() + gatherNanos;
        while (group.size() < MAX_GROUP) {
            long left = until - System.nanoTime();
            PendingWrite more = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (more == null) {
                return;
            }
            group.add(more);
            queue.drainTo(group, MAX_GROUP - group.size());
        }
    }

    private void commit(List<PendingWrite> group) {
        // Written in random order: the rows of one commit keep no trace of which submission came first.
        List<PendingWrite> shuffled = new ArrayList<>(group);
        Collections.shuffle(shuffled, random);
        try {
            transaction.executeWithoutResult(status -> shuffled.forEach(pending -> pending.work().run()));
        } catch (RuntimeException groupFailure) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(groupFailure);
                return;
            }
            for (PendingWrite pending : group) {
                commit(List.of(pending));
            }
            return;
        }
        try {
            durability.afterCommit();
            group.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException syncFailure) {
            // committed, but not known to be on the disk: neither stored nor lost as far as anyone can say
            group.forEach(pending -> pending.done().completeExceptionally(syncFailure));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        open = false;
        writer.join(TimeUnit.SECONDS.toMillis(COMMIT_WAIT_SECONDS));
        if (writer.isAlive()) {
            log.warn("The storage writer did not finish within {} s; unfinished submissions got no receipt",
                    COMMIT_WAIT_SECONDS);
        }
    }

    private record PendingWrite(Runnable work, CompletableFuture<Void> done) {
    }
}
