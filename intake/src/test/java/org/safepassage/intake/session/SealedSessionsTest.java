package org.safepassage.intake.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.session.TooManyActiveSessionsException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.IntakeDatabase;
import org.safepassage.intake.system.SharedMinutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

/** Sessions shared through a real database (H2 and PostgreSQL) by nodes of one deployment, and attempts to get round them. */
class SealedSessionsTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final String RECEIPT = "4817-2093-5561-0284-7719-3360";

    private final SecureRandom random = new SecureRandom();
    private final Pepper pepper = Pepper.generate(random);
    private final AtomicLong nanoTime = new AtomicLong();

    @TempDir
    Path dir;

    private JdbcClient database(TestDatabase kind) {
        return IntakeDatabase.migrated(kind, dir);
    }

    private SealedSessions node(JdbcClient jdbc, SharedMinutes minutes, Pepper deployment, int maxSessions) {
        return new SealedSessions(jdbc, new SessionSeal(deployment, random), minutes, maxSessions, () -> true);
    }

    /** A session made at {@code node} holding {@code name}, saved, as a request that set it would leave it. */
    private static SealedSession stored(SealedSessions node, String name, Object value) {
        SealedSession session = node.createSession();
        session.setAttribute(name, value);
        node.save(session);
        return session;
    }

    /** A session made at {@code node} holding what a registration leaves in one ({@link #fill}), saved. */
    private static SealedSession registered(SealedSessions node) {
        SealedSession session = node.createSession();
        fill(session);
        node.save(session);
        return session;
    }

    /** What a submitter's session holds after a registration: a CSRF token, form keys, the receipt to show once. */
    private static void fill(SealedSession session) {
        session.setAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-value-123"));
        Map<String, String> formTokens = new LinkedHashMap<>();
        formTokens.put("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210");
        session.setAttribute("formTokens", formTokens);
        FlashMap flash = new FlashMap();
        flash.put("receipt", RECEIPT);
        flash.setTargetRequestPath("/receipt");
        session.setAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS",
                new ArrayList<>(List.of(flash)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSessionSavedByOneNodeIsReadByAnotherAndTheDatabaseHoldsNothingReadable(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions first = node(jdbc, minutes, pepper, 100);
        SealedSessions second = node(jdbc, minutes, pepper, 100);
        SealedSession session = registered(first);

        SealedSession read = read(second, session.getId());
        assertThat(read).isNotNull();
        assertThat(((DefaultCsrfToken) read.getAttribute(
                "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN")).getToken())
                .isEqualTo("csrf-value-123");
        List<FlashMap> flash = read.getAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS");
        assertThat(flash.get(0).get("receipt")).isEqualTo(RECEIPT);
        assertThat((Map<String, String>) read.getAttribute("formTokens")).containsKey("0123456789abcdef0123456789abcdef");

        Map<String, Object> row = jdbc.sql("select row_key, sealed, version, seen from submitter_session").query().singleRow();
        String stored = row.get("row_key") + " " + new String((byte[]) row.get("sealed"), StandardCharsets.ISO_8859_1);
        for (String secret : List.of(session.getId(), RECEIPT, "csrf-value-123", "fedcba9876543210", "formTokens", "receipt")) {
            assertThat(stored).as("the row shows nothing of " + secret).doesNotContain(secret);
        }
        assertThat(((byte[]) row.get("sealed")).length % 512).as("padded, so its size says little").isEqualTo(12 + 16);
        assertThat(node(jdbc, minutes, Pepper.generate(random), 100).findById(session.getId()))
                .as("the cookie without this deployment's pepper opens nothing").isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void forgedCookiesAndAlteredRowsOpenNoSession(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions sessions = node(jdbc, minutes, pepper, 100);
        SealedSession session = registered(sessions);
        SealedSession other = stored(sessions, "admission.admitted", Boolean.TRUE);

        assertThat(read(sessions, "")).isNull();
        assertThat(read(sessions, "not-a-session")).isNull();
        assertThat(read(sessions, session.getId() + "A")).isNull();
        assertThat(read(sessions, new SessionSeal(pepper, random).newId())).as("a guessed id").isNull();
        String rowKey = new SessionSeal(pepper, random).keys(session.getId()).orElseThrow().rowKey();
        String otherKey = new SessionSeal(pepper, random).keys(other.getId()).orElseThrow().rowKey();
        assertThat(read(sessions, rowKey.substring(0, 43))).as("a row key shown as a cookie").isNull();

        // Someone who can write the database copies the admitted session's row over the other one.
        byte[] admitted = jdbc.sql("select sealed from submitter_session where row_key = ?").param(otherKey)
                .query(byte[].class).single();
        jdbc.sql("update submitter_session set sealed = ? where row_key = ?").params(admitted, rowKey).update();
        assertThat(read(sessions, session.getId())).as("a row moved from another session does not open").isNull();
        admitted[admitted.length - 1] ^= 1;
        jdbc.sql("update submitter_session set sealed = ? where row_key = ?").params(admitted, otherKey).update();
        assertThat(read(sessions, other.getId())).as("an altered row does not open").isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoRequestsOfOneSessionOnTwoNodesAtOnceBothKeepWhatTheyChanged(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions a = node(jdbc, minutes, pepper, 100);
        SealedSessions b = node(jdbc, minutes, pepper, 100);
        SealedSession session = a.createSession();
        session.setAttribute("kept", "from the start");
        session.setAttribute("dropped", "by the second request");
        a.save(session);

        SealedSession registration = read(a, session.getId()); // the form is sent: its receipt to show once
        SealedSession language = read(b, session.getId());     // meanwhile another tab changes something else
        registration.setAttribute("receipt", RECEIPT);
        language.setAttribute("language", "en");
        language.removeAttribute("dropped");
        a.save(registration);
        b.save(language);

        SealedSession after = read(a, session.getId());
        assertThat(after.getAttributeNames()).containsExactlyInAnyOrder("kept", "receipt", "language");
        assertThat((String) after.getAttribute("receipt")).as("the receipt is not lost to the other save").isEqualTo(RECEIPT);

        b.save(language); // the session filter saves again as the request ends: nothing of the other request is undone
        assertThat(read(b, session.getId()).getAttributeNames()).containsExactlyInAnyOrder("kept", "receipt", "language");
        assertThat(language.getAttributeNames()).as("the request sees what the other saved").contains("receipt");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewIdLeavesTheOldOneOpeningNothingAndAClosedSessionIsNotBroughtBack(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions sessions = node(jdbc, minutes, pepper, 100);
        SealedSession session = registered(sessions);
        String before = session.getId();

        SealedSession opened = read(sessions, before);
        opened.changeSessionId(); // a receipt opened a thread
        opened.setAttribute("thread", "tag");
        sessions.save(opened);
        assertThat(read(sessions, before)).as("the id seen before opens nothing now").isNull();
        assertThat((String) read(sessions, opened.getId()).getAttribute("thread")).isEqualTo("tag");

        SealedSession late = read(sessions, opened.getId());
        sessions.deleteById(opened.getId()); // the thread is closed on this device
        late.setAttribute("thread", "again");
        sessions.save(late); // a request that was still running saves afterwards
        assertThat(read(sessions, opened.getId())).as("a closed session stays closed").isNull();
        assertThat(jdbc.sql("select count(*) from submitter_session").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSessionUnusedForFifteenSharedMinutesIsGoneAndOneInUseIsNot(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions sessions = node(jdbc, minutes, pepper, 100);
        SealedSession idle = stored(sessions, "a", "b");
        SealedSession busy = stored(sessions, "a", "b");

        for (int minute = 1; minute <= 15; minute++) {
            passMinute(minutes);
            sessions.save(read(sessions, busy.getId()));
            if (minute == 14) {
                assertThat(read(sessions, idle.getId())).as("14 minutes idle").isNotNull();
            }
        }
        assertThat(minutes.now()).isEqualTo(15);
        sessions.sweep();
        assertThat(read(sessions, idle.getId())).as("15 minutes idle").isNull();
        assertThat(read(sessions, busy.getId())).isNotNull();
        assertThat(jdbc.sql("select count(*) from submitter_session").query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theMinutesMoveOnOnceAMinuteHoweverManyNodesLookAndStandStillWithoutThem(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes one = new SharedMinutes(jdbc, nanoTime::get);
        SharedMinutes two = new SharedMinutes(jdbc, nanoTime::get);
        SharedMinutes three = new SharedMinutes(jdbc, nanoTime::get);
        for (int step = 0; step < 60; step++) { // ten minutes, looked at every ten seconds by three nodes
            nanoTime.addAndGet(MINUTE / 6);
            one.look();
            two.look();
            three.look();
        }
        assertThat(one.now()).isBetween(9L, 10L);
        assertThat(two.now()).isEqualTo(one.now());
        assertThat(three.now()).isEqualTo(one.now());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sessionsAreCappedAcrossTheNodes(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        SharedMinutes minutes = new SharedMinutes(jdbc, nanoTime::get);
        SealedSessions a = node(jdbc, minutes, pepper, 3);
        for (int i = 0; i < 3; i++) {
            stored(a, "n", i);
        }
        assertThatThrownBy(a::createSession).isInstanceOf(TooManyActiveSessionsException.class);
        SealedSessions b = node(jdbc, minutes, pepper, 3);
        assertThatThrownBy(b::createSession).as("a node started later counts the others' sessions")
                .isInstanceOf(TooManyActiveSessionsException.class);
    }

    /** A request of its own: what an earlier one read is not reused. */
    private static SealedSession read(SealedSessions node, String id) {
        node.requestEnded();
        return node.findById(id);
    }

    private void passMinute(SharedMinutes minutes) {
        nanoTime.addAndGet(MINUTE);
        minutes.look();
    }
}
