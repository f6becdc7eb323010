package org.safepassage.desk.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The desk's long work as it goes (imports, screening against reference lists, vetting runs over
 * everything held): what runs, in which phase, how far, and how the last ones ended. The pages show
 * it while it runs; the command line draws a progress bar from it ({@link #observe}). Held in memory:
 * it describes work, never what the work is about (no names, no text).
 */
@Component
public class LongWork {

    private static final int FINISHED_KEPT = 20;

    private final Clock clock;
    private final List<Task> running = new CopyOnWriteArrayList<>();
    private final Deque<Task.View> finished = new ArrayDeque<>();
    private final List<Consumer<Task.View>> observers = new CopyOnWriteArrayList<>();

    public LongWork(Clock clock) {
        this.clock = clock;
    }

    /** Starts a task; {@code total} may be 0 when not known yet. */
    public Task start(Task.Kind kind, String name, long total) {
        Task task = new Task(this, kind, name, total, clock.instant());
        running.add(task);
        tell(task.view());
        return task;
    }

    /** Tasks running now, oldest first. */
    public List<Task.View> running() {
        return running.stream().map(Task::view).toList();
    }

    /** The tasks that ended most recently, newest first. */
    public synchronized List<Task.View> finished() {
        return List.copyOf(finished);
    }

    /** Whether a task of this kind runs now. */
    public boolean runs(Task.Kind kind) {
        return running.stream().anyMatch(task -> task.kind() == kind);
    }

    /** Tells {@code observer} of every start, step and end, on the thread doing the work; returns how to stop. */
    public Runnable observe(Consumer<Task.View> observer) {
        observers.add(observer);
        return () -> observers.remove(observer);
    }

    void tell(Task.View view) {
        for (Consumer<Task.View> observer : observers) {
            observer.accept(view);
        }
    }

    synchronized void ended(Task task) {
        running.remove(task);
        finished.addFirst(task.view());
        while (finished.size() > FINISHED_KEPT) {
            finished.removeLast();
        }
        tell(task.view());
    }

    Instant now() {
        return clock.instant();
    }

    /** For a page: how long ago, in words. */
    public static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        return seconds < 60 ? seconds + " s" : seconds < 3600 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    /** All tasks for a page: the running, then the finished. */
    public List<Task.View> all() {
        List<Task.View> all = new ArrayList<>(running());
        all.addAll(finished());
        return all;
    }
}
