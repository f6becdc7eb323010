package org.safepassage.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.casework.CaseState;
import org.safepassage.desk.casework.Cases;
import org.safepassage.desk.casework.OfferTerms;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.support.StaffClient;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.transfer.ListTerms;
import org.safepassage.desk.transfer.PartnerListImport;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the desk has, as a supervisor and as an analyst of another team, with the
 * ids of team triage's registration, case, offer, attachment, thread and campaign in every path
 * variable and form field. Nothing of team triage may change, and no page may show any of its ids,
 * names or counts. The endpoints come from the desk itself, so a new one is walked without anyone
 * adding it here; one whose path variable the walk cannot fill fails until the walk learns it.
 */
class TeamIsolationWalkTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    /** Lists that search: walked with a name of team triage in the search box. */
    private static final Set<String> SEARCHED = Set.of("/queue", "/cases", "/cases/export.csv");

    @TempDir
    java.nio.file.Path dir;

    private RunningDesk desk;
    private final Map<String, String> triage = new LinkedHashMap<>();

    @BeforeEach
    void startDeskWithTwoTeams() throws Exception {
        desk = new RunningDesk(dir, TestDatabase.H2);
        byte[] file = "synthetic attachment of team triage".getBytes(StandardCharsets.UTF_8);
        Submitter first = Submitter.next();
        Submitter second = Submitter.next();
        String attachmentId = "a-" + random();
        Item withFile = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-" + random(), "Kamran", "Tavakolian",
                "synthetic", List.of(new AttachmentRef(attachmentId, "note.txt", file.length, sha256(file)))), first,
                desk.identity().recipient());
        Item queued = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-" + random(), "Roshanak", "Ebadifar",
                "synthetic queue entry", List.of()), second, desk.identity().recipient());
        Item campaignMate = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-" + random(), "Behrouz", "Zarrinkafsh",
                "synthetic campaign mate", List.of()), Submitter.next(), desk.identity().recipient());
        java.nio.file.Path batch = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), List.of(withFile, queued,
                campaignMate, IntakeBatches.sealedAttachment(attachmentId, file, first, desk.identity().recipient())));
        desk.bean(BatchImport.class).importBatch(batch, "test");
        java.nio.file.Path list = java.nio.file.Files.writeString(dir.resolve("list.jsonl"), "{\"id\": \"p-7\", "
                + "\"receivedAt\": \"2026-03-01T10:00:00Z\", \"language\": \"en\", \"person\": {\"givenName\": \"Shervin\"}, "
                + "\"service\": {\"organization\": \"IRGC\"}, \"urgency\": \"high\"}\n");
        desk.bean(PartnerListImport.class).importList(list, "list.jsonl", "syn-partner-7", ListTerms.NONE, "test");
        // before the campaign below is written in: an import runs the vetting, which writes the campaigns again
        triage.put("list", "syn-partner-7");
        triage.put("listRegistration", "syn-partner-7-p-7");

        String supervisorSecret = desk.createStaff("tsup", Role.SUPERVISOR, "triage");
        desk.createStaff("tana", Role.ANALYST, "triage");
        StaffDirectory directory = desk.bean(StaffDirectory.class);
        SignedInStaff analyst = signedIn(directory, "tana");
        SignedInStaff supervisor = signedIn(directory, "tsup");
        Cases cases = desk.bean(Cases.class);
        long caseId = cases.create(List.of(withFile.id()), analyst);
        for (CaseState state : List.of(CaseState.TRIAGED, CaseState.IN_CONTACT, CaseState.VERIFYING)) {
            cases.changeState(caseId, state, "synthetic step", analyst);
        }
        cases.proposeOffer(caseId, new OfferTerms("full amnesty assurance", "Canada", "permanent residency",
                "housing for a year", "spouse and two children"), analyst);
        cases.addNote(caseId, "a note of team triage", analyst);
        cases.reply(caseId, null, "a reply of team triage", SubmitterStatus.UNDER_REVIEW, analyst);
        long offerId = desk.jdbc().sql("select id from offer").query(Long.class).single();
        desk.jdbc().sql("insert into campaign (campaign_key, kinds, people, member_count, summary, representative) "
                + "values (?, 'template', 2, 2, '2 registrations by 2 different people, tied by template', ?)")
                .params(queued.id(), queued.id()).update();
        desk.jdbc().sql("update assessment set campaign_key = ? where registration_id in (?, ?)")
                .params(queued.id(), queued.id(), campaignMate.id()).update();
        desk.jdbc().sql("insert into screening_hit (registration_id, entity, score, reasons) values (?, 'syn-listed-7', 0.97, ?)")
                .params(queued.id(), "name \"Roshanak Ebadifar\" matches 2 of 2 words\nsource: synthetic.jsonl").update();

        desk.jdbc().sql("insert into duress_alert (registration_id, thread_tag, raised_hour) values (?, ?, ?)")
                .params(withFile.id(), "d".repeat(64), java.sql.Timestamp.from(java.time.Instant.now())).update();
        triage.put("registration", queued.id());
        triage.put("registrationOnCase", withFile.id());
        triage.put("campaignMate", campaignMate.id());
        triage.put("case", String.valueOf(caseId));
        triage.put("caseNumber", "C-" + String.format("%05d", caseId));
        triage.put("offer", String.valueOf(offerId));
        triage.put("attachment", attachmentId);
        triage.put("thread", first.tag());
        triage.put("name", "Roshanak");
        triage.put("otherName", "Tavakolian");
        triage.put("entity", "syn-listed-7");
        triage.put("team", String.valueOf(analyst.teamId()));
        triage.put("supervisorSecret", supervisorSecret);
        assertThat(supervisor.teamId()).isEqualTo(analyst.teamId());
    }

    @AfterEach
    void stopDesk() {
        desk.close();
    }

    @Test
    void aSupervisorOfAnotherTeamChangesNothingAndSeesNothingOfTeamTriageOnAnyEndpoint() throws Exception {
        String secret = desk.createStaff("bsup", Role.SUPERVISOR, "bravo");
        walk(desk.signIn("bsup", secret));
    }

    @Test
    void anAnalystOfAnotherTeamChangesNothingAndSeesNothingOfTeamTriageOnAnyEndpoint() throws Exception {
        desk.createStaff("bana", Role.ANALYST, "bravo");
        walk(desk.signIn("bana", null));
    }

    @Test
    void theWalksIdsAreRealOnesThatTeamTriageItselfReaches() throws Exception {
        StaffClient own = desk.signIn("tsup", triage.get("supervisorSecret"));
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equals("GET") && endpoint.path().contains("{") && !endpoint.path().startsWith("/admin")) {
                assertThat(own.get(filled(endpoint.path())).statusCode()).as(endpoint.toString()).isEqualTo(200);
            }
        }
    }

    private void walk(StaffClient stranger) throws Exception {
        String before = teamTriageDigest();
        List<String> walked = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String path = filled(endpoint.path()) + (SEARCHED.contains(endpoint.path()) && endpoint.method().equals("GET")
                    ? "?q=" + triage.get("name") : "");
            HttpResponse<String> response = endpoint.method().equals("GET") ? stranger.get(path)
                    : stranger.post("/queue", path, formFields());
            walked.add(endpoint.method() + " " + path + " -> " + response.statusCode());
            boolean searched = path.contains("?q=");
            if (searched && response.statusCode() == 200 && !path.contains(".csv")) {
                assertThat(org.jsoup.Jsoup.parse(response.body()).select("tbody a, tbody input[name=registration]"))
                        .as(endpoint + " found team triage's records by name").isEmpty();
            }
            for (Map.Entry<String, String> secret : triage.entrySet()) {
                // a searched page shows the name typed back in its search box: not a record of team triage
                // and a refusal names the case number the form gave ("there is no case C-00001 in your team's cases"),
                // in the same words whether that case exists or not
                // and a list's endpoint names the list its path gave, in the same words whether team triage has such a list or not
                // (no other page may: the queue's filter offers the reader's own team's lists only)
                boolean echoed = searched && secret.getKey().equals("name") || secret.getKey().equals("caseNumber")
                        || secret.getKey().equals("list") && endpoint.path().startsWith("/lists/");
                if (!echoed && !secret.getKey().equals("team") && !secret.getKey().equals("offer") && !secret.getKey().equals("case")) {
                    assertThat(response.body()).as(endpoint + " shows team triage's " + secret.getKey())
                            .doesNotContain(secret.getValue());
                }
            }
            assertThat(teamTriageDigest()).as(endpoint + " changed team triage's records").isEqualTo(before);
        }
        assertThat(walked).as("the walk reached the case, campaign and attachment endpoints")
                .anyMatch(line -> line.startsWith("POST /campaigns/" + triage.get("registration") + "/planted "))
                .anyMatch(line -> line.startsWith("POST /lists/" + triage.get("list") + "/planted "))
                .anyMatch(line -> line.startsWith("GET /cases/" + triage.get("case") + "/attachments/"))
                .anyMatch(line -> line.startsWith("POST /cases/" + triage.get("case") + "/offers/" + triage.get("offer")));
        assertThat(stranger.page("/dashboard").select("#outbox").text()).as("the reply outbox counts only the reader's team")
                .isEqualTo("0");
    }

    /** Every handler mapping the desk has, one per path and method. */
    private List<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : desk.bean(RequestMappingHandlerMapping.class).getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(method.name(), path));
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(20);
        return List.copyOf(endpoints);
    }

    /** The path with team triage's ids in its variables; an unknown variable fails the test. */
    private String filled(String path) {
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = switch (name) {
                case "id" -> path.startsWith("/cases") ? triage.get("case") : triage.get("registration");
                case "caseId" -> triage.get("case");
                case "offerId" -> triage.get("offer");
                case "attachmentId" -> triage.get("attachment");
                case "handle", "key" -> triage.get("registration");
                case "name" -> "replies.zip";
                case "list" -> triage.get("list");
                default -> fail("the walk does not know what {" + name + "} in " + path + " names: teach it, so that "
                        + "this endpoint is tried with another team's id");
            };
            variable.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        variable.appendTail(filled);
        return filled.toString();
    }

    /** Every field any form takes, with team triage's ids: an endpoint that trusts one would act on team triage. */
    private Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("registration", triage.get("registrationOnCase"));
        fields.put("thread", triage.get("thread"));
        fields.put("target", CaseState.REJECTED.name());
        fields.put("reason", "a reason long enough for every form");
        fields.put("body", "a body long enough for every form");
        fields.put("note", "a note long enough for every form");
        fields.put("status", SubmitterStatus.CLOSED.name());
        fields.put("team", triage.get("team"));
        fields.put("decision", "approve");
        fields.put("verdict", "RESUME");
        fields.put("amnesty", "x");
        fields.put("relocationCountry", "x");
        fields.put("residency", "x");
        fields.put("support", "x");
        fields.put("familyCovered", "x");
        fields.put("case", triage.get("caseNumber"));
        fields.put("other", triage.get("caseNumber"));
        fields.put("action", "add-to-case");
        fields.put("role", Role.ADMIN.name());
        return fields;
    }

    /** A digest of every record but the audit log and the staff table (sign-ins write there). */
    private String teamTriageDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<String> tables = desk.jdbc().sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name").query(String.class).list();
        assertThat(tables).contains("registration", "case_file", "planted_mark");
        for (String table : tables) {
            if (table.equals("audit_entry") || table.equals("staff") || table.startsWith("flyway")) {
                continue;
            }
            desk.jdbc().sql("select * from " + table + " order by 1").query(row -> {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    Object value = row.getObject(i);
                    digest.update(String.valueOf(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value)
                            .getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static SignedInStaff signedIn(StaffDirectory directory, String username) {
        var member = directory.byUsername(username).orElseThrow();
        return new SignedInStaff(member.id(), member.username(), member.role(), member.teamId(), member.teamName(),
                java.time.Instant.now());
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
