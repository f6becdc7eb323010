package org.safepassage.desk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.StaffClient;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.transfer.ListImportResult;
import org.safepassage.desk.transfer.ListTerms;
import org.safepassage.desk.transfer.PartnerListImport;

/** A partner's list imported into the desk, through its service and its page, against one database (H2 or PostgreSQL). */
abstract class PartnerListContract extends DeskOnOneDatabase {

    /** A flat row as a partner's spreadsheet exports it: its own column names, Persian digits, no schema or channel. */
    private static final String EXPORTED_ROW = "{\"id\": \"p-1\", \"receivedAt\": \"2026-03-01T10:00:00Z\", \"language\": \"fa\", "
            + "\"given_name\": \"Kourosh\", \"Surname\": \"Bahmanvand\", \"Father's Name\": \"Farhad\", "
            + "\"national_code\": \"۰۰۸۴۵۷۵۹۴۸\", \"date_of_birth\": \"01/07/1990\", \"Organisation\": \"سپاه\", "
            + "\"narrative\": \"synthetic: from the partner's list\", \"urgency\": \"urgent\"}";

    @Test
    void aPartnersListIsReadAsVetReadsItEveryLineLeftOutIsNamedAndItsPeopleAreLinkedToWhatTheIntakeBrought() throws Exception {
        Item intake = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-" + UUID.randomUUID().toString().substring(0, 8),
                "کوروش", "بهمن‌وند", "فرهاد", 1990, "0084575948", "synthetic", List.of()), Submitter.next(), desk.identity().recipient());
        importBatch(intake);
        Path list = write("tv.jsonl",
                EXPORTED_ROW,
                "",
                "{\"id\": \"p-2\", \"receivedAt\": \"2026-03-01T11:00:00Z\", \"language\": \"en\", \"person\": {\"givenName\": \"Arash\", "
                        + "\"familyName\": \"\", \"nationalId\": \"12345\"}, \"service\": {\"organization\": \"ARTESH\"}, \"urgency\": \"\"}",
                "{\"id\": \"p-3\", \"receivedAt\": \"2026-03-01T12:00:00Z\", \"language\": \"fa\", \"service\": {\"organization\": \"BASIJ\"}}",
                "not json at all",
                "{\"id\": \"p-1\", \"receivedAt\": \"2026-03-01T13:00:00Z\", \"language\": \"fa\", \"service\": {\"organization\": \"IRGC\"}, "
                        + "\"urgency\": \"low\"}",
                "{\"id\": \"p-4\", \"language\": \"fa\", \"service\": {\"organization\": \"IRGC\"}, \"urgency\": \"low\"}");

        ListImportResult result = desk.bean(PartnerListImport.class).importList(list, "tv.jsonl", "tv", new ListTerms(Urgency.MEDIUM, null), "test");

        assertThat(result.stored()).as("p-1, p-2 (its urgency given) and p-3").isEqualTo(3);
        assertThat(result.firstLeftOut()).extracting(ListImportResult.LeftOut::where)
                .containsExactly("line 5", "line 6 (p-1)", "line 7 (p-4)");
        assertThat(result.firstLeftOut()).extracting(ListImportResult.LeftOut::reason).satisfiesExactly(
                notJson -> assertThat(notJson).contains("not valid JSON"),
                repeated -> assertThat(repeated).contains("repeats the id of an earlier line"),
                noTime -> assertThat(noTime).contains("receivedAt").contains("required"));
        assertThat(String.join("\n", result.reading())).contains("3 lines skipped", "1 registrations read with fields set aside",
                "person.nationalId");
        assertThat(desk.bean(LongWork.class).finished()).as("what the Batches page shows of an import it follows")
                .anySatisfy(task -> {
                    assertThat(task.outcome()).isEqualTo("List tv: " + result.summary());
                    assertThat(task.details()).contains("line 5: " + result.firstLeftOut().get(0).reason())
                            .anyMatch(line -> line.contains("3 lines skipped"));
                });
        Registration exported = stored("tv-p-1");
        assertThat(exported.channel()).isEqualTo(Channel.IMPORT);
        assertThat(exported.schema()).isEqualTo(Registration.SCHEMA);
        assertThat(exported.urgency()).as("urgent, as lists write it").isEqualTo(Urgency.IMMEDIATE);
        assertThat(exported.person().nationalId()).isEqualTo("0084575948");
        assertThat(stored("tv-p-2").urgency()).as("the urgency the operator gave").isEqualTo(Urgency.MEDIUM);
        assertThat(desk.jdbc().sql("select document from registration_document where registration_id = 'tv-p-1'").query(String.class)
                .single()).contains("\"listId\":\"p-1\"");
        assertThat(desk.jdbc().sql("select count(*) from registration r join submitter_thread t on t.tag = r.thread_tag "
                + "where r.id like 'tv-%' and t.reply_recipient is null").query(Long.class).single())
                .as("each on a thread of its own, which cannot be answered").isEqualTo(3);
        assertThat(desk.jdbc().sql("select count(distinct thread_tag) from registration where id like 'tv-%'").query(Long.class).single())
                .isEqualTo(3);

        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        Document page = ana.page("/registrations/tv-p-1");
        assertThat(page.select(".links li > a[title]").eachAttr("title")).containsExactly(intake.id());
        assertThat(page.select(".links").text()).contains("same national ID");
        assertThat(page.select(".import-note").text()).contains("no reply reaches this person through the intake");
        assertThat(ana.page("/queue?q=tv-p-1").select("input[name=registration]").eachAttr("value"))
                .as("a list's id in the search box, not a name").containsExactly("tv-p-1");
        Document byList = ana.page("/queue?from=list:tv");
        assertThat(byList.select("input[name=registration]").eachAttr("value")).containsExactlyInAnyOrder("tv-p-1", "tv-p-2", "tv-p-3");
        assertThat(byList.select("#from option[selected]").text()).isEqualTo("partner's list tv");
        assertThat(byList.select("#queue-form input[name=from]").attr("value")).as("kept through the queue's actions")
                .isEqualTo("list:tv");
        assertThat(ana.page("/queue?from=intake").select("input[name=registration]").eachAttr("value")).containsExactly(intake.id());
        assertThat(ana.page("/queue?from=list:nothing-of-ours").select("input[name=registration]")).isEmpty();
        assertThat(ana.page("/queue?from=list:../x").select("input[name=registration]")).as("a name no list can have: no filter")
                .hasSize(4);
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action like 'search%'").query(Long.class).single())
                .as("an id is no masked field: its search is not audited as one").isZero();
        assertThat(ana.page("/registrations/" + intake.id()).select(".import-note")).isEmpty();
    }

    @Test
    void nothingHeldIsWrittenOverAndTheSameFileTwiceChangesNothing() throws Exception {
        Item intake = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-00000001", "مهدی", "قاسمی", "synthetic", List.of()),
                Submitter.next(), desk.identity().recipient());
        importBatch(intake);
        String lineOne = line("r-00000001", "Mehdi", "synthetic: the first line");
        String oddId = line("../../admin?x=1 شماره ۷", "Reza", "synthetic: an id no URL should carry");
        Path first = write("first.jsonl", lineOne, oddId);
        PartnerListImport lists = desk.bean(PartnerListImport.class);

        ListImportResult imported = lists.importList(first, "first.jsonl", "tv", ListTerms.NONE, "test");
        ListImportResult again = lists.importList(first, "first.jsonl", "tv", ListTerms.NONE, "test");
        Path changed = write("second.jsonl", line("r-00000001", "Mehdi", "synthetic: the first line, changed by the partner"), oddId,
                line("r-00000002", "Sara", "synthetic: a new line"));
        ListImportResult second = lists.importList(changed, "second.jsonl", "tv", ListTerms.NONE, "test");

        assertThat(imported.stored()).isEqualTo(2);
        assertThat(again.replay()).isTrue();
        assertThat(again.message()).contains("importing it again changes nothing");
        assertThat(second.stored()).as("the new line only").isEqualTo(1);
        assertThat(second.heldBefore()).as("the line as it was").isEqualTo(1);
        assertThat(second.firstLeftOut()).singleElement().satisfies(left -> {
            assertThat(left.where()).isEqualTo("line 1 (r-00000001)");
            assertThat(left.reason()).contains("the desk holds a different registration under tv-r-00000001", "nothing held is written over");
        });
        assertThat(stored("tv-r-00000001").narrative()).isEqualTo("synthetic: the first line");
        assertThat(stored(intake.id()).channel()).as("the intake's own r-00000001, untouched").isEqualTo(Channel.WEB);
        List<String> ids = desk.jdbc().sql("select id from registration where id like 'tv-%' order by id").query(String.class).list();
        assertThat(ids).hasSize(3).allMatch(id -> id.matches("tv-[A-Za-z0-9._-]+"));
        assertThat(ids).contains("tv-r-00000001", "tv-r-00000002");
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where subject = 'list:tv'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void whatIsNotAListOfRegistrationsIsRefusedWholeSayingWhatToDo() throws Exception {
        PartnerListImport lists = desk.bean(PartnerListImport.class);
        Path array = write("export.json", "[" + EXPORTED_ROW + "]");
        Path text = write("partner.txt", "Kourosh Bahmanvand", "Sara Rahimi");
        Path cut = dir.resolve("cut.jsonl.gz");
        byte[] gzip = gzip((EXPORTED_ROW + "\n").repeat(50));
        Files.write(cut, java.util.Arrays.copyOf(gzip, gzip.length / 2));

        assertThatThrownBy(() -> lists.importList(array, "export.json", "tv", ListTerms.NONE, "test")).isInstanceOf(IOException.class)
                .hasMessageContaining("export.json is a JSON array").hasMessageContaining("jq -c '.[]'");
        assertThatThrownBy(() -> lists.importList(text, "partner.txt", "tv", ListTerms.NONE, "test")).isInstanceOf(IOException.class)
                .hasMessageContaining("partner.txt holds no JSON object").hasMessageContaining("or CSV with a header");
        assertThatThrownBy(() -> lists.importList(cut, "cut.jsonl.gz", "tv", ListTerms.NONE, "test")).isInstanceOf(IOException.class)
                .hasMessageContaining("compressed with gzip and could not be decompressed to its end");
        for (String name : List.of("../x", "TV", "", "r", "a-very-long-name-for-a-list")) {
            assertThatThrownBy(() -> lists.importList(write("ok.jsonl", EXPORTED_ROW), "ok.jsonl", name, ListTerms.NONE, "test"))
                    .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a list's name is");
        }
        assertThat(desk.jdbc().sql("select count(*) from registration").query(Long.class).single()).isZero();
    }

    @Test
    void aSpreadsheetSavedAsCsvWithPersianColumnsIsImportedRowByRow() throws Exception {
        Path csv = dir.resolve("فهرست.csv");
        Files.writeString(csv, "\uFEFF" + String.join("\r\n",
                "id;receivedAt;language;نام;نام خانوادگی;نام پدر;کد ملی;سازمان;narrative",
                "p-1;2026-03-01T10:00:00Z;fa;کوروش;بهمن‌وند;فرهاد;۰۰۸۴۵۷۵۹۴۸;سپاه;\"synthetic; written over",
                "two lines\"",
                "p-2;2026-03-01T11:00:00Z;fa;سارا;;;;;synthetic") + "\r\n", StandardCharsets.UTF_8);

        ListImportResult result = desk.bean(PartnerListImport.class).importList(csv, "فهرست.csv", "tv", new ListTerms(Urgency.HIGH, null), "test");

        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.firstLeftOut()).extracting(ListImportResult.LeftOut::where).containsExactly("line 4 (p-2)");
        assertThat(result.firstLeftOut().get(0).reason()).contains("service: is required");
        Registration stored = stored("tv-p-1");
        assertThat(stored.person().familyName()).isEqualTo("بهمن‌وند");
        assertThat(stored.person().nationalId()).isEqualTo("0084575948");
        assertThat(stored.narrative()).isEqualTo("synthetic; written over\r\ntwo lines");
        assertThat(stored.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(stored.channel()).isEqualTo(Channel.IMPORT);
    }

    /**
     * A list exported from a database's date-and-time column gives local times: without the zone
     * they are left out saying how to come in; imported again with it, they are read there, and the
     * stored document keeps the instant (it is read again without the list's terms).
     */
    @Test
    void aListsLocalTimesComeInAtTheZoneTheOperatorGivesAndOnlyThen() throws Exception {
        Path list = write("tv.jsonl", line("p-1", "Reza", "synthetic: one").replace("2026-03-02T09:00:00Z", "2026-03-02 12:30:00"),
                line("p-2", "Sara", "synthetic: two").replace("2026-03-02T09:00:00Z", "2026-03-02"),
                line("p-3", "Arash", "synthetic: three"));
        PartnerListImport lists = desk.bean(PartnerListImport.class);

        ListImportResult without = lists.importList(list, "tv.jsonl", "tv", ListTerms.NONE, "test");
        ListImportResult with = lists.importList(list, "tv.jsonl", "tv", new ListTerms(null, java.time.ZoneId.of("Asia/Tehran")), "test");
        ListImportResult again = lists.importList(list, "tv.jsonl", "tv", new ListTerms(null, java.time.ZoneId.of("Asia/Tehran")), "test");

        assertThat(without.stored()).as("p-3, its time at UTC").isEqualTo(1);
        assertThat(without.firstLeftOut()).extracting(ListImportResult.LeftOut::where).containsExactly("line 1 (p-1)", "line 2 (p-2)");
        assertThat(without.firstLeftOut().get(0).reason()).contains("receivedAt: has no time zone");
        assertThat(without.reading()).anyMatch(advice -> advice.contains("1 lines give their time of arrival without a zone")
                && advice.contains("--local-times-at, or the choice on the Batches page"));
        assertThat(with.replay()).as("other terms take in what they let in").isFalse();
        assertThat(with.stored()).as("p-1, read at Tehran's time").isEqualTo(1);
        assertThat(with.heldBefore()).isEqualTo(1);
        assertThat(with.firstLeftOut()).singleElement().satisfies(left -> {
            assertThat(left.where()).isEqualTo("line 2 (p-2)");
            assertThat(left.reason()).contains("is a date without a time");
        });
        assertThat(again.replay()).isTrue();
        assertThat(again.message()).contains("with its local times at Asia/Tehran");
        assertThat(stored("tv-p-1").receivedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(desk.jdbc().sql("select received_at from registration where id = 'tv-p-1'").query(java.time.OffsetDateTime.class).single()
                .toInstant()).isEqualTo(java.time.Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void aSupervisorSetsAWholeListAsideInOneAuditedStepAndTakesItBackAndAnAnalystCannot() throws Exception {
        Item intake = IntakeBatches.sealedRegistration(IntakeBatches.registration("r-00000009", "مهدی", "قاسمی", "synthetic", List.of()),
                Submitter.next(), desk.identity().recipient());
        importBatch(intake);
        desk.bean(PartnerListImport.class).importList(write("tv.jsonl", line("p-1", "Reza", "synthetic: one"),
                line("p-2", "Sara", "synthetic: two"), line("p-3", "Arash", "synthetic: three")), "tv.jsonl", "tv", ListTerms.NONE, "test");
        desk.bean(PartnerListImport.class).importList(write("tv2.jsonl", line("p-1", "Navid", "synthetic: another list")),
                "tv2.jsonl", "tv-2", ListTerms.NONE, "test");
        String secret = desk.createStaff("sup", Role.SUPERVISOR, "triage");
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient sup = desk.signIn("sup", secret);
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", "tv-p-3"));

        String refused = ana.postForProblem("/queue?from=list:tv", "/lists/tv/planted", Map.of("reason", "the partner was compromised"));
        String noReason = sup.postForProblem("/queue?from=list:tv", "/lists/tv/planted", Map.of("reason", "no"));
        sup.post("/queue?from=list:tv", "/lists/tv/planted", Map.of("reason", "the partner's form was compromised"));
        List<String> queueWhileMarked = ana.page("/queue").select("input[name=registration]").eachAttr("value");
        Document listWhileMarked = sup.page("/queue?from=list:tv");
        sup.post("/queue?from=list:tv", "/lists/tv/planted/undo", Map.of());
        List<String> queueAfter = ana.page("/queue").select("input[name=registration]").eachAttr("value");

        assertThat(refused).contains("Only a supervisor or an admin may set a partner's list aside");
        assertThat(noReason).contains("Say why this list's registrations are planted");
        assertThat(queueWhileMarked).as("tv-p-3 is on a case; the list tv-2 and the intake's stay")
                .containsExactlyInAnyOrder(intake.id(), "tv-2-p-1");
        assertThat(listWhileMarked.select(".list-marks").text()).contains("2 of its registrations are marked planted");
        assertThat(ana.page("/queue?from=list:tv").select(".list-marks")).as("no buttons for an analyst").isEmpty();
        assertThat(queueAfter).containsExactlyInAnyOrder(intake.id(), "tv-2-p-1", "tv-p-1", "tv-p-2");
        assertThat(desk.jdbc().sql("select action || ' ' || detail from audit_entry where subject = 'list:tv' and actor = 'sup' "
                + "order by seq").query(String.class).list()).satisfiesExactly(
                marked -> assertThat(marked).isEqualTo("campaign.marked 2 registrations marked planted: the partner's form was compromised"),
                taken -> assertThat(taken).isEqualTo("campaign.unmarked 2 planted marks taken back"));
        assertThat(sup.post("/queue", "/lists/TV/planted/undo", Map.of()).statusCode()).as("a name no list can have").isEqualTo(404);
    }

    @Test
    void anAdminImportsAListOnTheBatchesPageAndAnAnalystCannot() throws Exception {
        String secret = desk.createStaff("root", Role.ADMIN, "triage");
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient root = desk.signIn("root", secret);
        StaffClient ana = desk.signIn("ana", null);
        byte[] list = gzip(EXPORTED_ROW + "\n{\"id\": \"p-9\"}\n");

        Document landed = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import-list", "list",
                "tv-list.jsonl.gz", list, Map.of("name", "tv", "urgency", "")).body());
        Document badName = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import-list", "list",
                "tv-list.jsonl", list, Map.of("name", "../tv")).body());
        Document array = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import-list", "list",
                "export.json", ("[" + EXPORTED_ROW + "]").getBytes(StandardCharsets.UTF_8), Map.of("name", "tv")).body());
        Document badZone = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import-list", "list",
                "tv-list.jsonl", list, Map.of("name", "tv-2", "localTimes", "Europe/Nowhere")).body());
        byte[] local = (line("p-7", "Reza", "synthetic: a local time").replace("2026-03-02T09:00:00Z", "2026-03-02 12:30") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Document atTehran = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import-list", "list",
                "local.jsonl", local, Map.of("name", "tv-3", "localTimes", "Asia/Tehran")).body());

        assertThat(landed.select(".notice").text()).contains("List tv: 1 registrations stored, 0 held before, 1 lines left out");
        assertThat(landed.select(".problem li").text()).contains("line 2 (p-9)", "is required");
        assertThat(landed.select("pre").text()).contains("1 lines skipped");
        assertThat(badName.select(".problem").text()).contains("Name the list with 2 to 20 small letters");
        assertThat(badZone.select(".problem").text()).contains("Choose the zone of the list's local times from the list, or none");
        assertThat(atTehran.select(".notice").text()).contains("List tv-3: 1 registrations stored, 0 held before, 0 lines left out");
        assertThat(stored("tv-3-p-7").receivedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(array.select(".problem").text()).as("named by the operator's file, not the desk's copy of it")
                .contains("export.json is a JSON array", "jq -c '.[]' export.json").doesNotContain("incoming");
        assertThat(ana.upload("/queue", "/admin/transfers/import-list", "list", "tv.jsonl", list, Map.of("name", "ana"))
                .statusCode()).isEqualTo(403);
        assertThat(desk.jdbc().sql("select id from registration order by id").query(String.class).list())
                .containsExactly("tv-3-p-7", "tv-p-1");
    }

    private static String line(String id, String givenName, String narrative) {
        return "{\"id\": \"" + id + "\", \"receivedAt\": \"2026-03-02T09:00:00Z\", \"language\": \"en\", \"person\": {\"givenName\": \""
                + givenName + "\", \"familyName\": \"Ghasemi\"}, \"service\": {\"organization\": \"IRGC\"}, \"narrative\": \"" + narrative
                + "\", \"urgency\": \"high\"}";
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private void importBatch(Item item) throws Exception {
        Path file = IntakeBatches.write(dir.resolve(UUID.randomUUID() + ".zip"), desk.intakeKey(), List.of(item));
        desk.bean(BatchImport.class).importBatch(file, "test");
    }

    private Registration stored(String id) {
        return RegistrationParser.parse(desk.jdbc().sql("select document from registration_document where registration_id = ?")
                .param(id).query(String.class).single());
    }
}
