package org.safepassage.intake.registration;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One-time tokens of the registration forms a session was shown. A form's token decides its
 * receipts before anything is written, so that sending the same form again (after a timeout, a
 * double click, a database outage) finds the registration already stored instead of storing a
 * second one. A token counts only in the session it was issued to: a token copied from someone
 * else's page is treated as a new form and gives a new receipt, never theirs.
 */
final class FormTokens {

    private static final String ATTRIBUTE = "formTokens";
    private static final int KEPT = 16;
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    private FormTokens() {
    }

    /** A new token for a form about to be shown, remembered in the session. */
    static String issue(HttpSession session, SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (session) {
            Deque<String> issued = issued(session);
            issued.addLast(token);
            while (issued.size() > KEPT) {
                issued.removeFirst();
            }
            session.setAttribute(ATTRIBUTE, issued);
        }
        return token;
    }

    /** The token the form came back with if this session was given it; otherwise a new one. */
    static String accept(HttpSession session, String sent, SecureRandom random) {
        if (sent != null && SHAPE.matcher(sent).matches()) {
            synchronized (session) {
                if (issued(session).contains(sent)) {
                    return sent;
                }
            }
        }
        return issue(session, random);
    }

    @SuppressWarnings("unchecked")
    private static Deque<String> issued(HttpSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        return held instanceof Deque<?> deque ? (Deque<String>) deque : new ArrayDeque<>();
    }
}
