package org.safepassage.intake.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.message.FollowUp;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.testing.TypeScriptAge;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.transfer.ReplyImport;

/** The whole intake over HTTP against one database; run for H2 and for PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntakeRoundTripContract {

    Path dir;

    RunningIntake intake;

    abstract TestDatabase database();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        this.dir = dir;
        intake = new RunningIntake(dir, database(), Map.of("safepassage.intake.max-request-size", "2MB",
                "safepassage.intake.max-attachment-size", "1MB"));
    }

    @AfterAll
    void stop() {
        intake.close();
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }

    private Batches.Opened findRegistration(List<Batches.Opened> opened, String marker) {
        return opened.stream().filter(o -> o.entry().kind() == EnvelopeKind.REGISTRATION && o.text().contains(marker))
                .findFirst().orElseThrow(() -> new AssertionError("no registration with " + marker + " in the batch"));
    }

    @Test
    void registrationPostedThroughTheFormIsInTheBatchAndTheTypeScriptAgeOpensItsHybridEnvelope() throws Exception {
        String marker = marker();
        byte[] document = ("scan of a service card " + marker).getBytes(StandardCharsets.UTF_8);
        intake.submitter().register(RegistrationFields.persian(marker), Map.of("کارت.txt", document));

        List<Batches.Opened> opened = Batches.exportAndOpen(intake, dir.resolve("batch-" + marker + ".zip"));
        Batches.Opened found = findRegistration(opened, marker);

        Path sealedFile = dir.resolve(found.entry().fileName());
        try (var batch = new org.safepassage.core.batch.BatchReader(intake.bean(org.safepassage.intake.system.IntakeKeys.class)
                .signingKey().verifyingKey(), org.safepassage.core.batch.BatchOrigin.INTAKE).verify(dir.resolve("batch-" + marker + ".zip"))) {
            Files.write(sealedFile, batch.envelope(found.entry()));
        }
        Path identityFile = dir.resolve("desk-" + marker + ".age");
        intake.deskIdentity().write(identityFile);
        byte[] openedByAge = TypeScriptAge.decrypt(Files.readAllBytes(sealedFile), identityFile);
        assertThat(openedByAge).isEqualTo(found.plaintext()).hasSize(Padding.TEXT_BYTES);
        assertThat(new String(Files.readAllBytes(sealedFile), java.nio.charset.StandardCharsets.ISO_8859_1).lines()
                .filter(line -> line.startsWith("-> ")).map(line -> line.split(" ")[1]).toList())
                .as("an envelope header carries only post-quantum stanzas").containsOnly("mlkem768x25519");

        Registration registration = RegistrationParser.parse(openedByAge);
        assertThat(registration.person().givenName()).isEqualTo("محمد‌رضا");
        assertThat(registration.person().birthYear()).isEqualTo(1358 + 621);
        assertThat(registration.person().nationalId()).isEqualTo("1234567891");
        assertThat(registration.service().organization()).isEqualTo(Organization.IRGC);
        assertThat(registration.service().yearsOfService()).isEqualTo(22);
        assertThat(registration.family()).extracting(m -> m.relation()).containsExactly(Relation.SPOUSE, Relation.CHILD);
        assertThat(registration.language()).isEqualTo("fa");
        assertThat(registration.receivedAt()).isEqualTo(registration.receivedAt().truncatedTo(ChronoUnit.HOURS));
        assertThat(registration.id()).isEqualTo(found.entry().id());
        assertThat(found.entry().replyRecipient()).hasValueSatisfying(r -> assertThat(r).startsWith("age1pq1"));

        assertThat(registration.attachments()).hasSize(1);
        var ref = registration.attachments().get(0);
        Batches.Opened attachment = opened.stream().filter(o -> o.entry().id().equals(ref.envelope())).findFirst().orElseThrow();
        assertThat(attachment.entry().kind()).isEqualTo(EnvelopeKind.ATTACHMENT);
        assertThat(attachment.plaintext()).as("padded to its size class").hasSize(256 << 10);
        assertThat(Padding.withoutAttachmentPadding(attachment.plaintext(), ref.size())).isEqualTo(document);
        assertThat(ref.name()).isEqualTo("کارت.txt");
        assertThat(ref.size()).isEqualTo(document.length);
        assertThat(ref.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document)));
        assertThat(attachment.entry().thread()).isEqualTo(found.entry().thread());
    }

    @Test
    void submitterReturnsWithAPersianDigitReceiptAndReadsTheDeskReply() throws Exception {
        String marker = marker();
        Submitter submitter = intake.submitter();
        String receipt = submitter.register(RegistrationFields.persian(marker), Map.of());
        String persianTyped = toPersianDigits(receipt).replace(" ", "  ");

        Document first = submitter.openThread(persianTyped);
        assertThat(first.select("#status").text()).isEqualTo("دریافت شد: در انتظار خوانده شدن توسط تیم");
        assertThat(first.text()).contains("هنوز پیامی نیست");

        Batches.Opened registration = findRegistration(Batches.exportAndOpen(intake, dir.resolve("b-" + marker + ".zip")), marker);
        Path replies = Batches.replyBatch(dir.resolve("r-" + marker + ".zip"), intake.deskSigningKey(),
                registration.entry().thread(), registration.entry().replyTo(), "پیام شما رسید. " + marker,
                SubmitterStatus.UNDER_REVIEW);
        ReplyImport.Result imported = intake.bean(ReplyImport.class).importBatch(replies);
        assertThat(imported.stored()).isEqualTo(1);

        Document after = submitter.openThread(receipt.replace(" ", "-"));
        assertThat(after.select("#status").text()).isEqualTo("در حال بررسی");
        assertThat(after.select(".reply .message").eachText()).containsExactly("پیام شما رسید. " + marker);

        assertThat(after.select(".reply .date").text()).as("a Solar Hijri date in Persian digits")
                .matches("[۰-۹]{1,2} [\\p{IsArabic}\\s]+ ۱۴[۰-۹]{2}");

        ReplyImport.Result again = intake.bean(ReplyImport.class).importBatch(replies);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(submitter.openThread(receipt).select(".reply")).hasSize(1);

        Document answered = Jsoup.parse(submitter.followUp("پاسخ من " + marker, Map.of()).body());
        assertThat(answered.select(".reply .message").eachText()).as("the answer below the reply it answers, at once")
                .containsExactly("پیام شما رسید. " + marker, "پاسخ من " + marker);
        FollowUp sentAnswer = FollowUp.fromJson(Batches.exportAndOpen(intake, dir.resolve("a-" + marker + ".zip")).stream()
                .filter(o -> o.entry().kind() == EnvelopeKind.FOLLOWUP && o.text().contains("پاسخ من")).findFirst().orElseThrow()
                .plaintext());
        assertThat(sentAnswer.repliesSeen()).as("the follow-up names the reply its writer had read").hasSize(1);
        assertThat(submitter.openThread(receipt).select(".reply .message").eachText())
                .as("the same order when the receipt opens the thread again")
                .containsExactly("پیام شما رسید. " + marker, "پاسخ من " + marker);
    }

    @Test
    void replyBatchSignedByAnUnknownKeyOrTamperedIsRefusedWhole() throws Exception {
        String marker = marker();
        Submitter submitter = intake.submitter();
        String receipt = submitter.register(RegistrationFields.persian(marker), Map.of());
        Batches.Opened registration = findRegistration(Batches.exportAndOpen(intake, dir.resolve("b-" + marker + ".zip")), marker);

        Path foreign = Batches.replyBatch(dir.resolve("foreign-" + marker + ".zip"), SigningKey.generate(),
                registration.entry().thread(), registration.entry().replyTo(), "forged", SubmitterStatus.WILL_CONTACT);
        assertThatThrownBy(() -> intake.bean(ReplyImport.class).importBatch(foreign))
                .isInstanceOf(BatchRejectedException.class).hasMessageContaining("signature does not verify");

        Path genuine = Batches.replyBatch(dir.resolve("genuine-" + marker + ".zip"), intake.deskSigningKey(),
                registration.entry().thread(), registration.entry().replyTo(), "real", SubmitterStatus.WILL_CONTACT);
        byte[] bytes = Files.readAllBytes(genuine);
        int ageEntry = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("age-encryption.org");
        bytes[ageEntry + 200] ^= 1;
        Path tampered = Files.write(dir.resolve("tampered-" + marker + ".zip"), bytes);
        assertThatThrownBy(() -> intake.bean(ReplyImport.class).importBatch(tampered))
                .isInstanceOf(BatchRejectedException.class);

        assertThat(submitter.openThread(receipt).select(".reply")).isEmpty();
    }

    @Test
    void aMistypedReceiptGetsTheSameAnswerAsAnUnknownOne() throws Exception {
        Submitter submitter = intake.submitter();
        String receipt = submitter.register(RegistrationFields.persian(marker()), Map.of());
        char last = receipt.charAt(receipt.length() - 1);
        String mistyped = receipt.substring(0, receipt.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        String unknown = Receipt.generate(new SecureRandom()).display();

        HttpResponse<String> mistypedAnswer = intake.submitter().status(mistyped);
        HttpResponse<String> unknownAnswer = intake.submitter().status(unknown);
        assertThat(mistypedAnswer.statusCode()).isEqualTo(unknownAnswer.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(mistypedAnswer.body()).select(".notice").text())
                .isEqualTo(Jsoup.parse(unknownAnswer.body()).select(".notice").text())
                .isEqualTo("ثبت‌نامی با این رسید پیدا نشد. لطفاً ارقام را بررسی کنید.");
        assertThat(mistypedAnswer.body().replace(mistyped, "R").replaceAll("value=\"[^\"]{40,}\"", ""))
                .isEqualTo(unknownAnswer.body().replace(unknown, "R").replaceAll("value=\"[^\"]{40,}\"", ""));
    }

    @Test
    void badAnswersComeBackWithAnErrorPerFieldAndEverythingTypedKept() throws Exception {
        long before = intake.bean(EnvelopeStore.class).pendingBytes();
        Map<String, String> fields = new java.util.LinkedHashMap<>(RegistrationFields.persian("نوشته‌ای طولانی"));
        fields.put("organization", "");
        fields.put("birthYear", "۱۲۰۰");
        fields.put("nationalId", "1234567890");
        HttpResponse<String> response = intake.submitter().postForm("/register", "/register", fields, Map.of());

        Document page = Jsoup.parse(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#organization + .error, select#organization ~ .error").text()).isEqualTo("سازمان خود را انتخاب کنید.");
        assertThat(page.select("#birthYear ~ .error").text()).contains("سالی هجری شمسی از ۱۲۷۹ تا ۱۴۰۹");
        assertThat(page.select("#nationalId ~ .error").text()).contains("رقم آخر این کد ملی");
        assertThat(page.select("#narrative").text()).isEqualTo("می‌خواهم با خانواده‌ام بیایم نوشته‌ای طولانی");
        assertThat(page.select("#familyName").attr("value")).isEqualTo("نمونه‌زاده");
        assertThat(page.select("#birthYear").attr("value")).isEqualTo("۱۲۰۰");
        assertThat(intake.bean(EnvelopeStore.class).pendingBytes()).isEqualTo(before);
    }

    @Test
    void errorsAreInEnglishOnTheEnglishPage() throws Exception {
        Submitter submitter = intake.submitter();
        submitter.get("/?lang=en");
        Map<String, String> fields = new java.util.LinkedHashMap<>(RegistrationFields.persian("x"));
        fields.put("urgency", "");
        Document page = Jsoup.parse(submitter.postForm("/register", "/register", fields, Map.of()).body());
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("#urgency ~ .error").text()).isEqualTo("Say how urgent it is.");
    }

    @Test
    void followUpMessageAndFileAreSealedIntoTheNextBatch() throws Exception {
        String marker = marker();
        Submitter submitter = intake.submitter();
        String receipt = submitter.register(RegistrationFields.persian(marker), Map.of());
        submitter.openThread(receipt);
        HttpResponse<String> sent = submitter.followUp("پیام دوم " + marker, Map.of("more.pdf", ("pdf " + marker).getBytes()));
        assertThat(sent.uri().getPath()).isEqualTo("/status/thread");
        Document thread = Jsoup.parse(sent.body());
        assertThat(thread.select("#sent").text()).isNotBlank();
        assertThat(thread.select(".reply.mine .message").text()).as("the submitter sees what they sent, at once")
                .isEqualTo("پیام دوم " + marker);
        assertThat(thread.select(".reply.mine .files").text()).contains("more.pdf");

        List<Batches.Opened> opened = Batches.exportAndOpen(intake, dir.resolve("f-" + marker + ".zip"));
        Batches.Opened registration = findRegistration(opened, marker);
        Batches.Opened followUpEnvelope = opened.stream().filter(o -> o.entry().kind() == EnvelopeKind.FOLLOWUP
                && o.text().contains(marker)).findFirst().orElseThrow();
        FollowUp followUp = FollowUp.fromJson(followUpEnvelope.plaintext());
        assertThat(followUp.message()).isEqualTo("پیام دوم " + marker);
        assertThat(followUpEnvelope.entry().thread()).isEqualTo(registration.entry().thread());
        assertThat(opened.stream().filter(o -> o.entry().id().equals(followUp.attachments().get(0).envelope()))
                .findFirst().orElseThrow().text()).as("the file, then the zeros that pad it").startsWith("pdf " + marker)
                .matches("(?s)pdf [^\\u0000]*\\u0000+");
        assertThat(followUp.repliesSeen()).as("no reply had reached the submitter").isEmpty();

        Document returned = intake.submitter().openThread(receipt);
        assertThat(returned.select(".reply.mine .message").text()).as("their copy, opened with the receipt")
                .isEqualTo("پیام دوم " + marker);
        assertThat(intake.bean(org.safepassage.intake.submission.ReplyStore.class)
                .forThread(new org.safepassage.core.receipt.LookupTag(followUpEnvelope.entry().thread())).get(0).sealed())
                .as("kept sealed, padded like a reply").hasSizeGreaterThan(org.safepassage.core.padding.Padding.TEXT_BYTES)
                .asString(StandardCharsets.ISO_8859_1).doesNotContain(marker);
    }

    @Test
    void aYearOfTheOtherCalendarIsReadInItInsteadOfRefused() throws Exception {
        String marker = marker();
        String other = marker();
        Map<String, String> fields = RegistrationFields.persian(marker);
        fields.put("birthYear", "۱۹۸۵");
        fields.put("family[0].birthYear", "2010");
        intake.submitter().register(fields, Map.of());
        Map<String, String> gregorian = RegistrationFields.persian(other);
        gregorian.put("calendar", "gregorian");
        gregorian.put("birthYear", "1362");
        intake.submitter().register(gregorian, Map.of());

        List<Batches.Opened> opened = Batches.exportAndOpen(intake, dir.resolve("y-" + marker + ".zip"));
        Registration solarChosen = RegistrationParser.parse(findRegistration(opened, marker).plaintext());
        Registration gregorianChosen = RegistrationParser.parse(findRegistration(opened, other).plaintext());
        assertThat(solarChosen.person().birthYear()).as("1985 cannot be a Solar Hijri birth year").isEqualTo(1985);
        assertThat(solarChosen.family().get(0).birthYear()).isEqualTo(2010);
        assertThat(gregorianChosen.person().birthYear()).as("1362 cannot be a Gregorian birth year").isEqualTo(1362 + 621);
    }

    @Test
    void anOversizedRequestGetsA413PageAndNothingIsStored() throws Exception {
        long before = intake.bean(EnvelopeStore.class).pendingBytes();
        HttpResponse<String> response = intake.submitter().postForm("/register", "/register",
                RegistrationFields.persian(marker()), Map.of("big.bin", new byte[3 << 20]));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("بیش از حد بزرگ");
        assertThat(intake.bean(EnvelopeStore.class).pendingBytes()).isEqualTo(before);
    }

    @Test
    void pagesLoadNothingFromElsewhereAndTheSessionCookieIsStrict() throws Exception {
        HttpResponse<String> response = intake.submitter().get("/register");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Expires").doesNotContain("Max-Age");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("[src], [href]").eachAttr("abs:href")).allSatisfy(url -> assertThat(url).doesNotContain("//", "http"));
        assertThat(page.select("[src], link[href], a[href], form[action]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("action")))
                .allSatisfy(url -> assertThat(url).startsWith("/").doesNotContain("jsessionid"));
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);
    }

    @Test
    void exportWritesNoFileWhenNothingWaits() throws Exception {
        Batches.exportAndOpen(intake, dir.resolve("drain.zip"));
        Path empty = dir.resolve("empty.zip");
        assertThat(intake.bean(org.safepassage.intake.transfer.BatchExport.class).export(empty).envelopes()).isZero();
        assertThat(empty).doesNotExist();
    }

    static String toPersianDigits(String ascii) {
        StringBuilder persian = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            persian.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return persian.toString();
    }
}
