package org.safepassage.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.staff.StaffMember;
import org.safepassage.desk.staff.TotpCodes;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.support.StaffClient;

/**
 * Admins manage staff over HTTP: unlock, one-time passwords that must be replaced, second-factor
 * resets, disabling that ends a running session, role and team changes, and admin granted only by
 * a second admin. Each control is also tried the wrong way round.
 */
class StaffAdministrationTest {

    @TempDir
    Path dir;

    private RunningDesk desk;
    private StaffClient root;

    @BeforeEach
    void startDesk() throws Exception {
        desk = new RunningDesk(dir, TestDatabase.H2);
        root = desk.signIn("root", desk.createStaff("root", Role.ADMIN, "admins"));
    }

    @AfterEach
    void stopDesk() {
        desk.close();
    }

    private long id(String username) {
        return desk.bean(StaffDirectory.class).byUsername(username).orElseThrow().id();
    }

    private StaffMember member(String username) {
        return desk.bean(StaffDirectory.class).byUsername(username).orElseThrow();
    }

    private Document act(String username, String action, Map<String, String> fields) throws Exception {
        String page = "/admin/staff/" + id(username);
        return Jsoup.parse(root.post(page, page + "/" + action, fields).body());
    }

    private List<String> audit(String action) {
        return desk.jdbc().sql("select subject || ' ' || detail from audit_entry where action = ? order by seq").param(action)
                .query(String.class).list();
    }

    @Test
    void anAdminUnlocksAnAccountPausedAfterRepeatedFailures() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        for (int i = 0; i < 5; i++) {
            assertThat(desk.newClient().signIn("ana", "wrong password " + i, "")).isFalse();
        }
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).as("paused after five failures").isFalse();
        assertThat(root.page("/admin/staff").select("#staff-ana .state").text()).startsWith("sign-in paused from");

        Document unlocked = act("ana", "unlock", Map.of());

        assertThat(unlocked.select(".notice").text()).contains("Unlocked");
        assertThat(unlocked.select("#account-state").text()).isEqualTo("active");
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).isTrue();
        assertThat(audit("staff.unlocked")).singleElement().asString().contains("staff:ana");
    }

    @Test
    void aResetPasswordWorksOnceAndMustBeReplacedBeforeAnythingElseOpens() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient session = desk.signIn("ana", null);

        String oneTime = act("ana", "password", Map.of()).select("#one-time-password").text();

        assertThat(oneTime).hasSize(20);
        assertThat(session.get("/queue").uri().getPath()).as("the old session ends").isEqualTo("/login");
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).as("the old password is gone").isFalse();
        StaffClient ana = desk.newClient();
        assertThat(ana.signIn("ana", oneTime, "")).isTrue();
        assertThat(ana.get("/queue").uri().getPath()).isEqualTo("/account");
        assertThat(ana.get("/cases").uri().getPath()).isEqualTo("/account");
        assertThat(ana.postForProblem("/account", "/account/password", Map.of("current", oneTime,
                "chosen", "short", "repeated", "short"))).contains("at least 12 characters");
        assertThat(ana.postForProblem("/account", "/account/password", Map.of("current", oneTime,
                "chosen", "a synthetic new passphrase", "repeated", "a different passphrase"))).contains("differ");
        ana.post("/account", "/account/password", Map.of("current", oneTime, "chosen", "a synthetic new passphrase",
                "repeated", "a synthetic new passphrase"));
        assertThat(ana.get("/queue").uri().getPath()).isEqualTo("/queue");
        assertThat(desk.newClient().signIn("ana", oneTime, "")).as("the one-time password worked once").isFalse();
        assertThat(audit("staff.password.reset")).singleElement().asString().doesNotContain(oneTime);
        assertThat(audit("staff.password.changed")).singleElement().asString().contains("after a reset");
    }

    @Test
    void aResetSecondFactorStopsTheOldSecretAndTheNewOneSignsIn() throws Exception {
        String oldSecret = desk.createStaff("sue", Role.SUPERVISOR, "triage");
        TotpCodes codes = desk.bean(TotpCodes.class);

        String newSecret = act("sue", "second-factor", Map.of()).select("#totp-secret").text();

        assertThat(newSecret).isNotBlank().isNotEqualTo(oldSecret);
        assertThat(desk.newClient().signIn("sue", RunningDesk.PASSWORD, codes.currentCode(oldSecret))).isFalse();
        assertThat(desk.newClient().signIn("sue", RunningDesk.PASSWORD, codes.currentCode(newSecret))).isTrue();
    }

    @Test
    void disablingEndsASessionAtItsNextClickAndNobodyDisablesThemselvesOrTheLastAdmin() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        assertThat(ana.get("/queue").uri().getPath()).isEqualTo("/queue");

        assertThat(act("ana", "disable", Map.of("reason", "short")).select(".problem").text()).contains("at least 10 characters");
        act("ana", "disable", Map.of("reason", "left the organisation"));

        assertThat(ana.get("/queue").uri().getPath()).isEqualTo("/login");
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).isFalse();
        assertThat(act("root", "disable", Map.of("reason", "a synthetic attempt")).select(".problem").text())
                .contains("your own account");
        act("ana", "enable", Map.of());
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).isTrue();
        assertThat(audit("staff.disabled")).singleElement().asString().contains("left the organisation");
    }

    @Test
    void adminNeedsASecondAdminAndTheOneWhoAskedCannotApprove() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient other = desk.signIn("other", desk.createStaff("other", Role.ADMIN, "admins"));

        Document asked = act("ana", "role", Map.of("role", "ADMIN", "reason", "runs the desk at night"));
        assertThat(asked.select("#admin-grant").text()).contains("Asked by root", "runs the desk at night");
        assertThat(asked.select("#admin-grant form[action$=approve]")).as("no approve button for the one who asked").isEmpty();
        assertThat(act("ana", "admin-grant/approve", Map.of()).select(".problem").text()).contains("four-eyes");
        assertThat(member("ana").role()).isEqualTo(Role.ANALYST);

        String page = "/admin/staff/" + id("ana");
        Document approved = Jsoup.parse(other.post(page, page + "/admin-grant/approve", Map.of()).body());
        assertThat(approved.select(".notice").text()).contains("now an admin");
        assertThat(approved.select("#totp-secret").text()).as("an admin without a second factor gets one").isNotBlank();
        assertThat(member("ana").role()).isEqualTo(Role.ADMIN);
        assertThat(audit("staff.role.changed")).singleElement().asString().contains("asked by root", "approved by other");

        Document created = Jsoup.parse(root.post("/admin/staff", "/admin/staff", Map.of("username", "eve", "password",
                "a synthetic password", "role", "ADMIN", "team", "admins")).body());
        assertThat(created.select(".problem").text()).contains("second admin approves");
        assertThat(desk.bean(StaffDirectory.class).byUsername("eve")).as("no admin is created in one step").isEmpty();
    }

    @Test
    void nobodyChangesTheirOwnRoleAndAnAnalystReachesNoAdministration() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");

        Document refused = act("root", "role", Map.of("role", "ANALYST", "reason", "a synthetic attempt"));

        assertThat(refused.select(".problem").text()).contains("another admin changes your role");
        assertThat(member("root").role()).isEqualTo(Role.ADMIN);
        StaffClient ana = desk.signIn("ana", null);
        HttpResponse<String> forbidden = ana.post("/queue", "/admin/staff/" + id("ana") + "/role",
                Map.of("role", "SUPERVISOR", "reason", "promote myself please"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(member("ana").role()).isEqualTo(Role.ANALYST);
        assertThat(ana.get("/admin/staff/" + id("ana")).statusCode()).isEqualTo(403);
    }

    @Test
    void aMoveToAnotherTeamLeavesTheirCasesUnassignedAndShowsOnlyTheNewTeamsWork() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        long team = member("ana").teamId();
        desk.jdbc().sql("insert into case_file (team_id, assignee_id, state, submitter_status, created_at, updated_at) "
                + "values (?, ?, 'NEW', 'received', current_timestamp, current_timestamp)").params(team, id("ana")).update();

        Document moved = act("ana", "team", Map.of("team", "bravo", "reason", "the bravo team needs a Persian reader"));

        assertThat(moved.select(".notice").text()).contains("Moved to team bravo", "1 of their cases");
        assertThat(member("ana").teamName()).isEqualTo("bravo");
        assertThat(desk.jdbc().sql("select count(*) from case_file where assignee_id is not null").query(Long.class).single()).isZero();
        assertThat(audit("staff.team.changed")).singleElement().asString().contains("triage → bravo");
    }
}
