package org.safepassage.intake.admission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/** Whether a session has been admitted, kept in the session itself (memory only, gone with it). */
final class Admission {

    static final String ATTRIBUTE = "admission.admitted";
    /** Where an admitted visitor may be sent on; anything else goes to the registration form. */
    static final Set<String> NEXT = Set.of("/register", "/packet");

    private Admission() {
    }

    static boolean admitted(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    static void admit(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static String next(String requested) {
        return requested != null && NEXT.contains(requested) ? requested : "/register";
    }
}
