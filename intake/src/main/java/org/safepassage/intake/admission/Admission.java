package org.safepassage.intake.admission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/** Whether a session has been admitted, kept in the session itself (memory only, gone with it). */
final class Admission {

    static final String ATTRIBUTE = "admission.admitted";
    private static final String PACKET_POSTS = "admission.packetPosts";
    /** Where an admitted visitor may be sent on; anything else goes to the registration form. */
    static final Set<String> NEXT = Set.of("/register", "/packet", "/status");

    private Admission() {
    }

    static boolean admitted(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    static void admit(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** Ends the admission: the next registration from this session earns its own. */
    static void spend(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
            session.removeAttribute(PACKET_POSTS);
        }
    }

    /** Counts a packet delivery; the admission ends after {@code allowed} of them. */
    static void countPacketPost(HttpServletRequest request, int allowed) {
        HttpSession session = request.getSession(false);
        Integer posts = (Integer) session.getAttribute(PACKET_POSTS);
        int now = posts == null ? 1 : posts + 1;
        if (now >= allowed) {
            spend(request);
        } else {
            session.setAttribute(PACKET_POSTS, now);
        }
    }

    static String next(String requested) {
        return requested != null && NEXT.contains(requested) ? requested : "/register";
    }
}
