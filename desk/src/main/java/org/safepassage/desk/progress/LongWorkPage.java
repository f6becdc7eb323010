package org.safepassage.desk.progress;

import org.springframework.ui.Model;

/** What a page that shows long work adds to its model: the tasks, and a refresh while one runs. */
public final class LongWorkPage {

    /** Seconds between refreshes while work runs: often enough to follow, rare enough for a slow desk. */
    static final int REFRESH_SECONDS = 3;

    private LongWorkPage() {
    }

    public static void show(Model model, LongWork work, Task.Kind... kinds) {
        java.util.List<Task.Kind> wanted = java.util.List.of(kinds);
        var tasks = work.all().stream().filter(t -> wanted.isEmpty() || wanted.contains(t.kind())).limit(8).toList();
        model.addAttribute("tasks", tasks);
        if (tasks.stream().anyMatch(Task.View::running)) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
    }
}
