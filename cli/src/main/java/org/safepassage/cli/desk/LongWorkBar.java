package org.safepassage.cli.desk;

import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;

/**
 * Draws the desk's long work on the terminal: one progress bar per counted phase (envelopes opened
 * and stored, registrations screened), a line for each phase that is not counted (the vetting run).
 */
final class LongWorkBar implements Consumer<Task.View>, AutoCloseable {

    private final Runnable stop;
    private ProgressBar bar;
    private String phase;

    LongWorkBar(LongWork work) {
        this.stop = work.observe(this);
    }

    @Override
    public synchronized void accept(Task.View view) {
        if (!view.running()) {
            closeBar();
            phase = null;
            return;
        }
        if (!view.phase().equals(phase)) {
            closeBar();
            phase = view.phase();
            if (view.total() > 0) {
                bar = new ProgressBarBuilder().setTaskName(view.kind().words()).setInitialMax(view.total()).build();
                bar.setExtraMessage(view.phase());
            } else {
                System.err.println(view.kind().words() + ": " + view.phase() + " …");
            }
        }
        if (bar != null) {
            bar.stepTo(view.done());
        }
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void close() {
        stop.run();
        closeBar();
    }
}
