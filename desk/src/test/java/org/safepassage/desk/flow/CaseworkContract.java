package org.safepassage.desk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.search.SearchIndex;
import org.safepassage.desk.search.SearchKeys;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.StaffClient;
import org.safepassage.desk.transfer.BatchImport;

/**
 * Casework at scale over HTTP, against one database (H2 or PostgreSQL): search and filters, ticks
 * kept across pages, registrations joining a case, merges, the history, the thread in its true
 * order, the CSV export and the dashboard's ranks. Every synthetic person here is made up.
 */
abstract class CaseworkContract extends DeskOnOneDatabase {

    private static String newId() {
        return "r-" + UUID.randomUUID().toString().replace("-", "");
    }

    private Item person(String given, String family, String rank, String unit, Organization organisation) {
        return person(newId(), given, family, rank, unit, organisation, Submitter.next());
    }

    private Item person(String id, String given, String family, String rank, String unit, Organization organisation,
                        Submitter submitter) {
        Registration registration = new Registration(Registration.SCHEMA, id, Instant.now().truncatedTo(ChronoUnit.HOURS),
                Channel.WEB, "fa", new Person(given, family, null, 1980, null, null),
                new Service(organisation, null, unit, rank, null, 12, null), List.of(), "synthetic access",
                "synthetic narrative", Urgency.HIGH, List.of());
        return IntakeBatches.sealedRegistration(registration, submitter, desk.identity().recipient());
    }

    private void importBatch(List<Item> items) throws Exception {
        Path file = IntakeBatches.write(dir.resolve(UUID.randomUUID() + ".zip"), desk.intakeKey(), items);
        desk.bean(BatchImport.class).importBatch(file, "test");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> listed(Document queue) {
        return queue.select("tbody input[name=registration]").eachAttr("value");
    }

    private List<String> auditDetails(String action) {
        return desk.jdbc().sql("select detail from audit_entry where action = ? order by seq").param(action).query(String.class).list();
    }

    @Test
    void aThreadHandleWhoseStartIsAllDigitsIsFoundInTheQueueNotTakenForACaseNumber() throws Exception {
        Submitter digits = Submitter.next();
        while (!digits.tag().substring(0, 8).chars().allMatch(Character::isDigit)) { // about one in forty
            digits = Submitter.next();
        }
        Item wanted = person(newId(), "Reza", "Karimi", "Major", "27th division", Organization.IRGC, digits);
        Item other = person("Sara", "Nikpour", "Captain", "Tehran police", Organization.FARAJA);
        importBatch(List.of(wanted, other));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        assertThat(listed(ana.page("/queue?q=" + digits.tag().substring(0, 8)))).containsExactly(wanted.id());
    }

    @Test
    void registrationsIndexedUnderOlderKeysAreIndexedAgainAndFoundByWhatTheNewKeysRead() throws Exception {
        Item wanted = person("فائزه", "قائمی", "سروان", "لشکر ۲۷", Organization.IRGC);
        Item other = person("Sara", "Nikpour", "Captain", "Tehran police", Organization.FARAJA);
        importBatch(List.of(wanted, other));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        assertThat(listed(ana.page("/queue?q=" + q("Faezeh Ghaemi")))).containsExactly(wanted.id());
        // as a desk of an older version left them: keys made otherwise (here none at all)
        desk.jdbc().sql("delete from registration_name_key").update();
        desk.jdbc().sql("update registration set search_version = ?").param(SearchKeys.VERSION - 1).update();
        assertThat(listed(ana.page("/queue?q=" + q("Faezeh Ghaemi")))).isEmpty();

        assertThat(desk.bean(SearchIndex.class).indexStale()).isEqualTo(2);

        assertThat(listed(ana.page("/queue?q=" + q("Faezeh Ghaemi")))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("Qaimi")))).as("the seat read as ی").containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("قایمی")))).as("as Persian keyboards write the seat").containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("Fayezeh Qaimi")))).as("both names in their other reading").containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("Qaimi Faezeh")))).as("one in each reading, family name first").containsExactly(wanted.id());
        assertThat(desk.bean(SearchIndex.class).indexStale()).as("nothing left to index").isZero();
    }

    @Test
    void searchFindsARegistrationByIdThreadAndPersianNameWithOrWithoutZwnjAndAuditsOnlyWhatItFound() throws Exception {
        Submitter submitter = Submitter.next();
        Item wanted = person(newId(), "محمدرضا", "عبدالله\u200cزاده", "سرگرد", "لشکر ۲۷", Organization.IRGC, submitter);
        Item latin = person("Mehdi", "Ghasemi", "Major", "27th division", Organization.ARTESH);
        Item other = person("Sara", "Nikpour", "Captain", "Tehran police", Organization.FARAJA);
        importBatch(List.of(wanted, latin, other));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        assertThat(listed(ana.page("/queue?q=" + q("عبداللهزاده")))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("عبدالله زاده")))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("محمد رضا")))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("محمد\u200cرضا عبدالله\u200cزاده")))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + q("قاسمی")))).containsExactly(latin.id());
        assertThat(listed(ana.page("/queue?q=" + q("Qasemi")))).containsExactly(latin.id());
        assertThat(listed(ana.page("/queue?q=" + q("Mehdi Gasemi")))).as("ق written g").containsExactly(latin.id());
        assertThat(listed(ana.page("/queue?q=" + q("Seyed Mehdi Ghasemi")))).as("a title typed or not").containsExactly(latin.id());
        assertThat(listed(ana.page("/queue?q=" + wanted.id().substring(0, 10)))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?q=" + submitter.tag().substring(0, 8)))).containsExactly(wanted.id());

        Document byName = ana.page("/queue?q=" + q("عبدالله زاده"));
        assertThat(byName.select("tbody").text()).doesNotContain("عبدالله", "محمدرضا").contains("family name");
        List<String> searches = auditDetails("search.masked");
        assertThat(searches).isNotEmpty().allSatisfy(detail -> assertThat(detail).doesNotContain("عبدالله", "قاسمی", "Qasemi"));
        assertThat(searches.get(0)).contains("1 match", wanted.id());
        int beforeIdSearch = auditDetails("search.masked").size();
        ana.page("/queue?q=" + wanted.id().substring(0, 10));
        assertThat(auditDetails("search.masked")).as("an id search is no masked search").hasSize(beforeIdSearch);

        assertThat(listed(ana.page("/queue?organisation=IRGC"))).containsExactly(wanted.id());
        assertThat(listed(ana.page("/queue?unit=" + q("۲۷")))).containsExactlyInAnyOrder(wanted.id(), latin.id());
        assertThat(listed(ana.page("/queue?unit=police"))).containsExactly(other.id());

        desk.createStaff("bob", Role.ANALYST, "another team");
        StaffClient bob = desk.signIn("bob", null);
        assertThat(listed(bob.page("/queue?q=" + q("عبداللهزاده")))).isEmpty();
        assertThat(listed(bob.page("/queue?q=" + wanted.id()))).isEmpty();
        assertThat(bob.page("/cases?q=" + q("عبداللهزاده")).select("tbody a")).isEmpty();
    }

    @Test
    void ticksSurvivePagingAndTheTickedRegistrationsOfOnePersonOpenOneCase() throws Exception {
        List<Item> many = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            many.add(person("Synthetic" + i, "Person" + i, "Captain", "unit " + i, Organization.ARTESH));
        }
        importBatch(many);
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        Document first = ana.page("/queue");
        List<String> firstPage = listed(first);
        assertThat(firstPage).hasSize(50);
        List<Map.Entry<String, String>> toNextPage = new ArrayList<>();
        firstPage.forEach(id -> toNextPage.add(Map.entry("shown", id)));
        toNextPage.add(Map.entry("registration", firstPage.get(3)));
        toNextPage.add(Map.entry("action", "page:1"));
        Document second = Jsoup.parse(ana.post("/queue", "/queue/selection", toNextPage).body());
        List<String> secondPage = listed(second);
        assertThat(secondPage).hasSize(5).doesNotContainAnyElementsOf(firstPage);
        assertThat(second.select("#selection .chip a").eachAttr("title")).containsExactly(firstPage.get(3));

        List<Map.Entry<String, String>> open = new ArrayList<>();
        secondPage.forEach(id -> open.add(Map.entry("shown", id)));
        open.add(Map.entry("registration", secondPage.get(1)));
        open.add(Map.entry("action", "open-case"));
        HttpResponse<String> opened = ana.post("/queue?page=1", "/queue/selection", open);
        assertThat(opened.uri().getPath()).startsWith("/cases/");
        Document casePage = Jsoup.parse(opened.body());
        assertThat(casePage.select(".card h3 a").eachText()).containsExactlyInAnyOrder(firstPage.get(3), secondPage.get(1));
        assertThat(listed(ana.page("/queue"))).doesNotContain(firstPage.get(3), secondPage.get(1));
        assertThat(ana.page("/queue").select("#selection .chip")).as("the selection is used up").isEmpty();
    }

    @Test
    void aRegistrationJoinsItsPersonsCaseTwoCasesMergeAndTheHistoryKeepsEveryReason() throws Exception {
        Item first = person("Kourosh", "Bahmanvand", "Major", "unit 1", Organization.IRGC);
        Item second = person("کوروش", "بهمن‌وند", "سرگرد", "یگان ۱", Organization.IRGC);
        Item third = person("Kurosh", "Bahmanvand", "Major", "unit 1", Organization.IRGC);
        Item fourth = person("Kourosh", "Bahmanwand", "Major", "unit 1", Organization.IRGC);
        importBatch(List.of(first, second, third, fourth));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        String casePath = ana.post("/registrations/" + first.id(), "/cases", Map.of("registration", first.id())).uri().getPath();
        long caseId = Long.parseLong(casePath.substring("/cases/".length()));
        ana.post(casePath, casePath + "/state", Map.of("target", "TRIAGED", "reason", "credible, senior"));
        HttpResponse<String> joined = ana.post("/registrations/" + second.id(), "/registrations/" + second.id() + "/join",
                Map.of("case", "C-" + String.format("%05d", caseId)));
        assertThat(joined.uri().getPath()).isEqualTo(casePath);
        ana.post(casePath, casePath + "/registrations", Map.of("registration", third.id()));

        String otherPath = ana.post("/registrations/" + fourth.id(), "/cases", Map.of("registration", fourth.id())).uri().getPath();
        long otherId = Long.parseLong(otherPath.substring("/cases/".length()));
        assertThat(ana.postForProblem(otherPath, otherPath + "/registrations", Map.of("registration", first.id())))
                .contains(first.id(), "C-" + String.format("%05d", caseId), "merge");
        assertThat(ana.postForProblem(casePath, casePath + "/merge", Map.of("other", String.valueOf(otherId), "reason", "short")))
                .contains("at least 10 characters");
        ana.post(otherPath, otherPath + "/notes", Map.of("body", "synthetic note on the second case"));
        ana.post(casePath, casePath + "/merge", Map.of("other", "C-" + String.format("%05d", otherId),
                "reason", "same national ID and unit"));

        Document merged = ana.page(casePath);
        assertThat(merged.select(".card h3 a").eachText()).containsExactlyInAnyOrder(first.id(), second.id(), third.id(), fourth.id());
        assertThat(merged.select(".message .text").eachText()).contains("synthetic note on the second case");
        String history = merged.select("#history").text();
        assertThat(history).contains("State changed", "New → Triaged: credible, senior", "Registrations added", second.id(),
                third.id(), "Merge", "same national ID and unit");
        Document gone = ana.page(otherPath);
        assertThat(gone.select("#merged-into").text()).contains("C-" + String.format("%05d", caseId));
        assertThat(gone.select("form[action$=/state]")).isEmpty();
        assertThat(ana.page("/cases").select("tbody a").eachText()).doesNotContain("C-" + String.format("%05d", otherId));

        desk.createStaff("bob", Role.ANALYST, "another team");
        StaffClient bob = desk.signIn("bob", null);
        Item theirs = person("Sanaz", "Farahani", "Captain", "unit 9", Organization.ARTESH);
        importBatch(List.of(theirs));
        assertThat(bob.postForProblem("/queue", casePath + "/registrations", Map.of("registration", theirs.id())))
                .isEqualTo("there is no case C-" + String.format("%05d", caseId) + " in your team's cases");
        assertThat(desk.jdbc().sql("select case_id from registration where id = ?").param(theirs.id()).query(Long.class).optional())
                .as("another team's analyst cannot add to this team's case").isEmpty();
    }

    @Test
    void anAnswerStampedToAnEarlierHourStandsAfterTheQuestionItAnswersAndItsFilesAreListed() throws Exception {
        Submitter submitter = Submitter.next();
        Item registration = person(newId(), "Nima", "Rostami", "Captain", "unit 3", Organization.ARTESH, submitter);
        importBatch(List.of(registration));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        String casePath = ana.post("/registrations/" + registration.id(), "/cases", Map.of("registration", registration.id()))
                .uri().getPath();
        ana.post(casePath, casePath + "/reply", Map.of("body", "Which unit do you serve in?", "status", "MORE_INFORMATION_NEEDED"));
        String replyId = desk.jdbc().sql("select id from message where direction = 'out'").query(String.class).single();
        byte[] file = "synthetic service card".getBytes(StandardCharsets.UTF_8);
        String attachmentId = "a-" + UUID.randomUUID().toString().replace("-", "");
        Item attachment = IntakeBatches.sealedAttachment(attachmentId, file, submitter, desk.identity().recipient());
        Item answer = IntakeBatches.sealedFollowUp("Unit 3, since 2015.", List.of(replyId),
                List.of(new AttachmentRef(attachmentId, "card.txt", file.length, sha256(file))), submitter, desk.identity().recipient());
        Item early = IntakeBatches.sealedFollowUp("Written before any reply.", List.of(), submitter, desk.identity().recipient());
        importBatch(List.of(attachment, answer, early));

        Document page = ana.page(casePath);
        List<String> thread = page.select(".message.in .text, .message.out .text").eachText();
        assertThat(thread.indexOf("Which unit do you serve in?")).isLessThan(thread.indexOf("Unit 3, since 2015."));
        assertThat(thread.indexOf("Written before any reply.")).isLessThan(thread.indexOf("Which unit do you serve in?"));
        assertThat(page.select(".message.in").text()).contains("written after reading the reply above", "written before any reply");
        assertThat(page.select(".message.out .badge").text()).contains("More information needed").doesNotContain("more_information_needed");
        assertThat(page.select(".message .attachments a").eachText()).containsExactly("card.txt");
        HttpResponse<String> download = ana.get(page.selectFirst(".message .attachments a").attr("href"));
        assertThat(download.body()).isEqualTo("synthetic service card");
    }

    @Test
    void theCaseListExportsAsCsvWithoutIdentitiesAndWithFormulasDefused() throws Exception {
        Item plain = person("Parisa", "Moradi", "سروان", "unit 5", Organization.FARAJA);
        Item hostile = person("Hamed", "Jafari", "=HYPERLINK(\"http://example.invalid\",\"x\")", "unit 6", Organization.BASIJ);
        importBatch(List.of(plain, hostile));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/registrations/" + plain.id(), "/cases", Map.of("registration", plain.id()));
        ana.post("/registrations/" + hostile.id(), "/cases", Map.of("registration", hostile.id()));

        HttpResponse<String> csv = ana.get("/cases/export.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Police (FARAJA)", "Basij", "سروان", "'=HYPERLINK")
                .doesNotContain("Parisa", "Moradi", "Hamed", "Jafari").doesNotContain(",=HYPERLINK");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(auditDetails("cases.exported")).singleElement().asString().contains("2 cases");
        HttpResponse<String> filtered = ana.get("/cases/export.csv?organisation=BASIJ");
        assertThat(filtered.body().lines().count()).isEqualTo(2);
    }

    @Test
    void theDashboardCountsARankOnceWhateverItsSpelling() throws Exception {
        importBatch(List.of(person("A", "One", "گروهبان دوم", "u", Organization.ARTESH),
                person("B", "Two", "Sergeant second class", "u", Organization.ARTESH),
                person("C", "Three", "goruhban dovvom", "u", Organization.ARTESH),
                person("D", "Four", "Captain", "u", Organization.ARTESH)));
        desk.createStaff("ana", Role.ANALYST, "triage");
        Document dashboard = desk.signIn("ana", null).page("/dashboard");
        assertThat(dashboard.select("svg title").eachText()).contains("Sergeant second class: 3", "Captain: 1")
                .noneMatch(title -> title.startsWith("گروهبان"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
