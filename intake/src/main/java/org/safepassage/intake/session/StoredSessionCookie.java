package org.safepassage.intake.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The session cookie, sent only for a session that was stored: while the database does not answer,
 * a page still shows (saying so) but sends no cookie for a session it could not keep, so a cookie the
 * browser already holds (its form's receipt key, a receipt still to be shown) is not replaced.
 */
final class StoredSessionCookie implements HttpSessionIdResolver {

    private final HttpSessionIdResolver cookie;
    private final SealedSessions sessions;

    StoredSessionCookie(HttpSessionIdResolver cookie, SealedSessions sessions) {
        this.cookie = cookie;
        this.sessions = sessions;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return cookie.resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        if (!sessions.takeUnstored(sessionId)) {
            cookie.setSessionId(request, response, sessionId);
        }
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookie.expireSession(request, response);
    }
}
