package org.safepassage.intake.registration;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One-time tokens of the registration forms a session was shown, each with a secret that stays in
 * the session on the server. The pair decides the form's receipts before anything is written, so
 * that sending the same form again (after a timeout, a double click, a database outage) finds the
 * registration already stored instead of storing a second one. A token counts only in the session
 * it was issued to: a token copied from someone else's page is a new form with its own receipt. The
 * token alone, as a cached page on a seized phone holds it, derives nothing, even with the pepper:
 * the secret is gone with the session.
 */
final class FormTokens {

    private static final String ATTRIBUTE = "formTokens";
    private static final int KEPT = 16;
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    private FormTokens() {
    }

    /** A form's token as the page carries it and the key its receipts are derived from. */
    record FormKey(String token, String receiptKey) {
    }

    /** A new token for a form about to be shown, remembered in the session with its secret. */
    static String issue(HttpSession session, SecureRandom random) {
        return issueKey(session, random).token();
    }

    /** The form's key if this session issued the token it came back with; otherwise a new one. */
    static FormKey accept(HttpSession session, String sent, SecureRandom random) {
        if (sent != null && SHAPE.matcher(sent).matches()) {
            synchronized (session) {
                String secret = issued(session).get(sent);
                if (secret != null) {
                    return new FormKey(sent, sent + secret);
                }
            }
        }
        return issueKey(session, random);
    }

    private static FormKey issueKey(HttpSession session, SecureRandom random) {
        String token = hex(random);
        String secret = hex(random);
        synchronized (session) {
            Map<String, String> issued = issued(session);
            issued.put(token, secret);
            while (issued.size() > KEPT) {
                issued.remove(issued.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, issued);
        }
        return new FormKey(token, token + secret);
    }

    private static String hex(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> issued(HttpSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        return held instanceof LinkedHashMap<?, ?> map ? (Map<String, String>) map : new LinkedHashMap<>();
    }
}
