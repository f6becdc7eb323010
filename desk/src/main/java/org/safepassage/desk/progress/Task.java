package org.safepassage.desk.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One piece of long work: its phase and how many of its items are done. Updated by the thread
 * doing it, read by pages; it ends once, as done (with what came of it) or failed (with why).
 */
public final class Task {

    /** What kind of work. */
    public enum Kind {
        IMPORT("Import"),
        SCREENING("Screening"),
        VETTING("Vetting run");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The task at one moment, for a page or a progress bar. */
    public record View(Kind kind, String name, String phase, long done, long total, Instant started, Instant ended,
                       String outcome, List<String> details, boolean failed) {

        public boolean running() {
            return ended == null;
        }

        /** Percent done, or -1 when the total is not known. */
        public int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        }

        public long seconds() {
            return Duration.between(started, ended == null ? Instant.now() : ended).getSeconds();
        }
    }

    private final LongWork owner;
    private final Kind kind;
    private final String name;
    private final Instant started;
    private volatile String phase = "starting";
    private volatile long done;
    private volatile long total;
    private volatile Instant ended;
    private volatile String outcome;
    private volatile List<String> details = List.of();
    private volatile boolean failed;

    Task(LongWork owner, Kind kind, String name, long total, Instant started) {
        this.owner = owner;
        this.kind = kind;
        this.name = name;
        this.total = total;
        this.started = started;
    }

    public Kind kind() {
        return kind;
    }

    /** A new phase, with its own count of items (0: not counted). */
    public void phase(String phase, long total) {
        this.phase = phase;
        this.total = total;
        this.done = 0;
        owner.tell(view());
    }

    public void advance(long items) {
        done += items;
        owner.tell(view());
    }

    public void done(String outcome, List<String> details) {
        if (ended == null) {
            this.outcome = outcome;
            this.details = List.copyOf(details);
            this.ended = owner.now();
            this.phase = "done";
            owner.ended(this);
        }
    }

    public void failed(String why) {
        if (ended == null) {
            this.outcome = why;
            this.failed = true;
            this.ended = owner.now();
            this.phase = "failed";
            owner.ended(this);
        }
    }

    public View view() {
        return new View(kind, name, phase, done, total, started, ended, outcome, details, failed);
    }
}
