package org.safepassage.desk.registration;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The registrations ticked in the triage queue, kept in the staff member's session so that ticks
 * survive paging and searching: the registrations of one person often sit pages apart. Each form
 * post says which registrations its page showed and which of them are ticked, so unticking works
 * as well as ticking, with or without JavaScript.
 */
public final class QueueSelection {

    static final String ATTRIBUTE = "queue.selection";
    /** More than a person ever has; enough to stop a runaway form from growing the session. */
    public static final int MAX = 200;

    private QueueSelection() {
    }

    public static Set<String> of(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        if (value instanceof Set<?> set) {
            Set<String> ids = new LinkedHashSet<>();
            set.forEach(id -> ids.add((String) id));
            return ids;
        }
        return new LinkedHashSet<>();
    }

    /** Takes the ticks of one page: those shown and not ticked leave the selection, those ticked join it. */
    public static Set<String> update(HttpSession session, List<String> shown, List<String> ticked) {
        Set<String> selection = of(session);
        if (shown != null) {
            shown.forEach(selection::remove);
        }
        if (ticked != null) {
            for (String id : ticked) {
                if (selection.size() >= MAX) {
                    break;
                }
                if (id != null && !id.isBlank()) {
                    selection.add(id.strip());
                }
            }
        }
        session.setAttribute(ATTRIBUTE, selection);
        return selection;
    }

    public static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    /** Removes registrations that are now on a case. */
    public static void remove(HttpSession session, Iterable<String> ids) {
        Set<String> selection = of(session);
        ids.forEach(selection::remove);
        session.setAttribute(ATTRIBUTE, selection);
    }
}
