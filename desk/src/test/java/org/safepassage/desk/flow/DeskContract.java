package org.safepassage.desk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeOpeningException;
import org.safepassage.core.message.Reply;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketSealer;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.packet.SampleRegistrations;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.desk.audit.AuditVerifier;
import org.safepassage.desk.keys.IdentityRotation;
import org.safepassage.desk.messaging.ReplyExport;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.support.StaffClient;
import org.safepassage.desk.transfer.AttachmentStore;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.transfer.ImportResult;
import org.safepassage.desk.transfer.PacketImport;

/** The desk over HTTP and through its services, against one database (H2 or PostgreSQL). */
abstract class DeskContract extends DeskOnOneDatabase {

    private static String newId(char kind) {
        return kind + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private Item registration(Submitter submitter, String narrative, AttachmentRef... attachments) {
        return IntakeBatches.sealedRegistration(IntakeBatches.registration(newId('r'), "مهدی", "قاسمی", narrative,
                List.of(attachments)), submitter, desk.identity().recipient());
    }

    private ImportResult importBatch(List<Item> items) throws Exception {
        Path file = IntakeBatches.write(dir.resolve(UUID.randomUUID() + ".zip"), desk.intakeKey(), items);
        return desk.bean(BatchImport.class).importBatch(file, "test");
    }

    private long count(String table) {
        return desk.jdbc().sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void importsEveryGoodEnvelopeReportsABrokenOneAndTakesABatchOnce() throws Exception {
        Item good = registration(Submitter.next(), "نخستین ثبت‌نام آزمایشی");
        Item other = registration(Submitter.next(), "second synthetic registration");
        Item foreign = IntakeBatches.sealedRegistration(IntakeBatches.registration(newId('r'), "x", "y", "z", List.of()),
                Submitter.next(), AgeIdentity.generate().recipient());
        Path file = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), List.of(good, foreign, other));

        ImportResult first = desk.bean(BatchImport.class).importBatch(file, "test");
        ImportResult again = desk.bean(BatchImport.class).importBatch(file, "test");

        assertThat(first.registrations()).isEqualTo(2);
        assertThat(first.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.envelopeId()).isEqualTo(foreign.id());
            assertThat(failure.reason()).contains("no identity here can open this envelope");
        });
        assertThat(again.replay()).isTrue();
        assertThat(again.message()).contains("already imported");
        assertThat(count("registration")).isEqualTo(2);
        assertThat(desk.jdbc().sql("select document from registration_document where registration_id = ?").param(good.id())
                .query(String.class).single()).contains("نخستین ثبت‌نام آزمایشی");

        Path toIntake = dir.resolve("to-intake.zip");
        ReplyExport.Result sent = desk.bean(ReplyExport.class).export(toIntake, "test");
        assertThat(sent.acknowledged()).isEqualTo(2);
        try (VerifiedBatch intakeBatch = new BatchReader(desk.intakeKey().verifyingKey(), BatchOrigin.INTAKE).verify(file);
             VerifiedBatch verified = new BatchReader(desk.deskKey().verifyingKey(), BatchOrigin.DESK).verify(toIntake)) {
            BatchEntry ackEntry = verified.entries().get(0);
            assertThat(ackEntry.kind()).isEqualTo(EnvelopeKind.ACK);
            Acknowledgement ack = Acknowledgement.fromJson(verified.envelope(ackEntry));
            assertThat(ack.batch()).isEqualTo(intakeBatch.batchId());
            assertThat(ack.envelopes()).as("what the desk holds, with the hashes the intake signed; not the one that did not open")
                    .containsExactlyInAnyOrderElementsOf(intakeBatch.entries().stream()
                            .filter(entry -> !entry.id().equals(foreign.id()))
                            .map(entry -> new Acknowledgement.Held(entry.id(), entry.sha256())).toList());
        }
        assertThat(desk.bean(ReplyExport.class).export(dir.resolve("nothing.zip"), "test").batchId()).isNull();
    }

    @Test
    void aTamperedBatchOrOneSignedByAnotherKeyIsRefusedWhole() throws Exception {
        Path tampered = IntakeBatches.write(dir.resolve("tampered.zip"), desk.intakeKey(),
                List.of(registration(Submitter.next(), "synthetic")));
        byte[] bytes = Files.readAllBytes(tampered);
        int at = indexOf(bytes, "age-encryption.org".getBytes(StandardCharsets.US_ASCII)) + 200;
        bytes[at] ^= 1;
        Files.write(tampered, bytes);
        Path foreign = IntakeBatches.write(dir.resolve("foreign.zip"), SigningKey.generate(),
                List.of(registration(Submitter.next(), "synthetic")));

        assertThatThrownBy(() -> desk.bean(BatchImport.class).importBatch(tampered, "test"))
                .isInstanceOf(BatchRejectedException.class);
        assertThatThrownBy(() -> desk.bean(BatchImport.class).importBatch(foreign, "test"))
                .isInstanceOf(BatchRejectedException.class)
                .hasMessageContaining("signature");
        assertThat(count("registration")).isZero();
        assertThat(count("transfer_batch")).isZero();
    }

    @Test
    void directionalOverridesInTextAndFileNamesNeverReachThePageOrTheDownloadHeader() throws Exception {
        byte[] file = "synthetic attachment".getBytes(StandardCharsets.UTF_8);
        Submitter submitter = Submitter.next();
        String attachmentId = newId('a');
        Item attachment = IntakeBatches.sealedAttachment(attachmentId, file, submitter, desk.identity().recipient());
        Item registration = registration(submitter, "see x\u202Eyxa\u2066 here",
                new AttachmentRef(attachmentId, "x\u202e\u2066fdp.exe", file.length, sha256(file)));
        importBatch(List.of(registration, attachment));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());

        String casePage = ana.get(casePath).body();
        java.net.http.HttpResponse<String> download = ana.get(casePath + "/attachments/" + attachmentId);

        assertThat(casePage).contains("see xyxa here").doesNotContain("\u202E").doesNotContain("\u2066");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(java.net.URLDecoder.decode(disposition, StandardCharsets.UTF_8)).contains("xfdp.exe")
                .doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void anAnalystOfAnotherTeamFindsNothingOfThisTeam() throws Exception {
        byte[] file = "synthetic attachment".getBytes(StandardCharsets.UTF_8);
        Submitter submitter = Submitter.next();
        String attachmentId = newId('a');
        Item attachment = IntakeBatches.sealedAttachment(attachmentId, file, submitter, desk.identity().recipient());
        Item registration = registration(submitter, "synthetic", new AttachmentRef(attachmentId, "note.txt", file.length, sha256(file)));
        importBatch(List.of(registration, attachment));
        desk.createStaff("ana", Role.ANALYST, "triage");
        desk.createStaff("bob", Role.ANALYST, "team-b");
        StaffClient ana = desk.signIn("ana", null);
        StaffClient bob = desk.signIn("bob", null);

        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        long caseId = desk.jdbc().sql("select case_id from registration where id = ?").param(registration.id())
                .query(Long.class).single();
        String casePath = "/cases/" + caseId;

        assertThat(ana.get(casePath).statusCode()).isEqualTo(200);
        assertThat(ana.get(casePath + "/attachments/" + attachmentId).body()).isEqualTo("synthetic attachment");
        assertThat(bob.get(casePath).statusCode()).isEqualTo(404);
        assertThat(bob.get("/registrations/" + registration.id()).statusCode()).isEqualTo(404);
        assertThat(bob.get(casePath + "/attachments/" + attachmentId).statusCode()).isEqualTo(404);
        assertThat(bob.post("/queue", casePath + "/notes", Map.of("body", "not mine")).statusCode()).isEqualTo(404);
        assertThat(bob.page("/queue").select("input[name=registration]")).isEmpty();
        assertThat(bob.page("/cases").text()).doesNotContain("C-" + String.format("%05d", caseId));
    }

    @Test
    void identitiesAreMaskedUntilRevealedWithAReasonAndTheRevealIsAudited() throws Exception {
        Item registration = registration(Submitter.next(), "synthetic");
        importBatch(List.of(registration));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());

        assertThat(ana.page(casePath).text()).doesNotContain("قاسمی").contains("•••••");
        assertThat(ana.postForProblem(casePath, casePath + "/reveal", Map.of("reason", "short"))).contains("reason of at least");
        ana.post(casePath, casePath + "/reveal", Map.of("reason", "verifying the identity before first contact"));

        assertThat(ana.page(casePath).text()).contains("قاسمی");
        assertThat(desk.jdbc().sql("select detail from audit_entry where action = 'identity.reveal'").query(String.class).list())
                .containsExactly("verifying the identity before first contact");
    }

    @Test
    void theStateMachineRefusesInvalidMovesWithAClearMessage() throws Exception {
        Item registration = registration(Submitter.next(), "synthetic");
        importBatch(List.of(registration));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());

        String refused = ana.postForProblem(casePath, casePath + "/state", Map.of("target", "RESETTLED"));
        String offerSkip = ana.postForProblem(casePath, casePath + "/state", Map.of("target", "OFFER_APPROVED"));
        ana.post(casePath, casePath + "/state", Map.of("target", "TRIAGED"));

        assertThat(refused).contains("cannot go from New to Resettled");
        assertThat(offerSkip).contains("only through an offer");
        assertThat(ana.page(casePath).selectFirst("#case-state").text()).isEqualTo("Triaged");
    }

    @Test
    void supervisorsNeedTheirCodeAndAnOfferNeedsASecondPerson() throws Exception {
        Item registration = registration(Submitter.next(), "synthetic");
        importBatch(List.of(registration));
        String firstSecret = desk.createStaff("sup1", Role.SUPERVISOR, "triage");
        String secondSecret = desk.createStaff("sup2", Role.SUPERVISOR, "triage");

        StaffClient withoutCode = desk.newClient();
        assertThat(withoutCode.signIn("sup1", RunningDesk.PASSWORD, "")).isFalse();
        assertThat(withoutCode.lastProblem()).contains("Sign-in failed");

        StaffClient sup1 = desk.signIn("sup1", firstSecret);
        sup1.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());
        for (String state : List.of("TRIAGED", "IN_CONTACT", "VERIFYING")) {
            sup1.post(casePath, casePath + "/state", Map.of("target", state));
        }
        sup1.post(casePath, casePath + "/offers", Map.of("amnesty", "written assurance", "relocationCountry", "Testland",
                "residency", "permanent residency", "support", "housing and language courses", "familyCovered", "spouse, two children"));
        long offerId = desk.jdbc().sql("select id from offer").query(Long.class).single();
        String decision = casePath + "/offers/" + offerId + "/decision";

        String ownApproval = sup1.postForProblem(casePath, decision, Map.of("decision", "approve"));
        StaffClient sup2 = desk.signIn("sup2", secondSecret);
        sup2.post(casePath, decision, Map.of("decision", "approve", "note", "terms checked"));

        assertThat(ownApproval).contains("four-eyes");
        assertThat(sup2.page(casePath).selectFirst("#case-state").text()).isEqualTo("Offer approved");
        assertThat(desk.jdbc().sql("select decision from offer").query(String.class).single()).isEqualTo("APPROVED");
    }

    @Test
    void aUsedDuressReceiptFlagsThePersonHoldsRepliesUntilASupervisorDecidesAndMarksWhatItWrites() throws Exception {
        Submitter real = Submitter.next();
        Submitter duressHolder = Submitter.next();
        Item registration = registration(real, "synthetic, with a second receipt");
        importBatch(List.of(registration, IntakeBatches.sealedDuressPairing(registration.id(), duressHolder,
                desk.identity().recipient()), IntakeBatches.sealedVisit(real, desk.identity().recipient())));
        desk.createStaff("ana", Role.ANALYST, "triage");
        String secret = desk.createStaff("sue", Role.SUPERVISOR, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());
        assertThat(ana.page(casePath).select(".duress")).as("the real receipt's own visits raise nothing").isEmpty();
        assertThat(count("registration")).as("the pairing note is not a registration").isEqualTo(1);

        ImportResult used = importBatch(List.of(IntakeBatches.sealedVisit(duressHolder, desk.identity().recipient()),
                IntakeBatches.sealedFollowUp("a message written with the second receipt", duressHolder,
                        desk.identity().recipient())));
        Document flagged = ana.page(casePath);
        String refused = ana.postForProblem(casePath, casePath + "/reply", Map.of("body", "are you safe?"));
        String analystDecides = ana.postForProblem(casePath, casePath + "/duress", Map.of("registration", registration.id(),
                "verdict", "RESUME", "reason", "confirmed safe by a call"));

        assertThat(used.notices()).isEqualTo(1);
        assertThat(flagged.select(".duress").text()).contains("second (duress) receipt of this person was used");
        assertThat(flagged.select(".message.untrusted").text()).contains("Written with the duress receipt: do not trust")
                .contains("a message written with the second receipt");
        assertThat(ana.page("/registrations/" + registration.id()).select(".duress")).isNotEmpty();
        assertThat(refused).contains("replies to this person are held");
        assertThat(analystDecides).contains("only a supervisor or admin");
        assertThat(count("message where direction = 'out'")).isZero();

        StaffClient sue = desk.signIn("sue", secret);
        sue.post(casePath, casePath + "/duress", Map.of("registration", registration.id(), "verdict", "RESUME",
                "reason", "confirmed safe in person by the field officer"));
        ana.post(casePath, casePath + "/reply", Map.of("body", "we are glad you are safe"));

        assertThat(count("message where direction = 'out'")).as("replies resume once a supervisor decided").isEqualTo(1);
        assertThat(desk.jdbc().sql("select action from audit_entry where action like 'duress.%' order by seq")
                .query(String.class).list()).containsExactly("duress.raised", "duress.decided");
    }

    @Test
    void aDuressReceiptUsedBeforeItsPairingNoteArrivesIsFlaggedWhenTheNoteComes() throws Exception {
        Submitter real = Submitter.next();
        Submitter duressHolder = Submitter.next();
        Item registration = registration(real, "synthetic, the note comes late");
        importBatch(List.of(IntakeBatches.sealedVisit(duressHolder, desk.identity().recipient())));
        importBatch(List.of(registration, IntakeBatches.sealedDuressPairing(registration.id(), duressHolder,
                desk.identity().recipient())));

        assertThat(desk.jdbc().sql("select count(*) from duress_alert where registration_id = ?").param(registration.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDataFolderIsOwnerOnlyOnceTheDeskHasStarted() throws Exception {
        java.nio.file.Path data = dir.resolve("desk-data");

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            files.filter(file -> !file.getFileName().toString().endsWith(".pub")).forEach(file -> {
                try {
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.getFileName().toString()).startsWith("rw").endsWith("------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aOneTimeCodeIsGoodOnce() throws Exception {
        String secret = desk.createStaff("sup", Role.SUPERVISOR, "triage");
        String code = desk.bean(org.safepassage.desk.staff.TotpCodes.class).currentCode(secret);

        boolean first = desk.newClient().signIn("sup", RunningDesk.PASSWORD, code);
        StaffClient again = desk.newClient();
        boolean second = again.signIn("sup", RunningDesk.PASSWORD, code);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(again.lastProblem()).contains("Sign-in failed");
        assertThat(desk.jdbc().sql("select detail from audit_entry where action = 'login.failed'").query(String.class).list())
                .singleElement().asString().startsWith("one-time code used before");
    }

    @Test
    void sixParallelSignInsWithOneCodeLetExactlyOneIn() throws Exception {
        String secret = desk.createStaff("sup", Role.SUPERVISOR, "triage");
        String code = desk.bean(org.safepassage.desk.staff.TotpCodes.class).currentCode(secret);
        List<StaffClient> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StaffClient client = desk.newClient();
            client.get("/login"); // each holds its session and token before the race starts
            clients.add(client);
        }
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(clients.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
        List<java.util.concurrent.Future<Boolean>> outcomes = new ArrayList<>();
        for (StaffClient client : clients) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return client.signIn("sup", RunningDesk.PASSWORD, code);
            }));
        }
        int admitted = 0;
        for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
            admitted += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(admitted).isEqualTo(1);
    }

    @Test
    void failuresFromOneMachinePauseOnlyThatMachineAndSayNothingAboutTheAccount() throws Exception {
        String secret = desk.createStaff("admin1", Role.ADMIN, "triage");
        org.safepassage.desk.support.SignInFrom attacker = new org.safepassage.desk.support.SignInFrom("127.0.0.2", desk.base());
        for (int i = 0; i < 7; i++) {
            assertThat(attacker.signIn("admin1", "wrong-password-" + i, "000000")).isFalse();
        }
        String code = desk.bean(org.safepassage.desk.staff.TotpCodes.class).currentCode(secret);

        boolean attackerWithRightPassword = attacker.signIn("admin1", RunningDesk.PASSWORD, code);
        StaffClient admin = desk.newClient();
        boolean adminAtOwnDesk = admin.signIn("admin1", RunningDesk.PASSWORD, code);

        assertThat(attackerWithRightPassword).as("the attacking machine stays paused").isFalse();
        assertThat(adminAtOwnDesk).as("the admin's own machine is not locked out").isTrue();
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'account.locked'").query(Long.class).single())
                .as("the pause is audited once, not on every attempt while paused").isEqualTo(1);
    }

    @Test
    void aPausedNameAnUnknownNameAndAWrongPasswordGetOneAnswer() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        desk.createStaff("ben", Role.ANALYST, "triage");
        StaffClient paused = desk.newClient();
        for (int i = 0; i < 5; i++) {
            paused.signIn("ana", "wrong-password-" + i, "");
        }
        StaffClient wrong = desk.newClient();
        StaffClient unknown = desk.newClient();

        assertThat(paused.signIn("ana", RunningDesk.PASSWORD, "")).as("paused from this machine").isFalse();
        wrong.signIn("ben", "wrong-password", "");
        for (int i = 0; i < 5; i++) {
            unknown.signIn("nobody", "wrong-password-" + i, "");
        }
        unknown.signIn("nobody", "wrong-password", "");

        assertThat(paused.lastProblem()).startsWith("Sign-in failed").isEqualTo(wrong.lastProblem()).isEqualTo(unknown.lastProblem());
    }

    @Test
    void signInsWithUnknownNamesAddOneAuditEntryPerWindowNotOneEach() throws Exception {
        StaffClient stranger = desk.newClient();
        for (int i = 0; i < 40; i++) {
            stranger.signIn("nobody-" + i, "wrong-password", "");
        }

        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'login.failed'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEditedAuditEntryIsNamedByTheVerifier() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        desk.signIn("ana", null).get("/queue");
        assertThat(desk.bean(AuditVerifier.class).verify().intact()).isTrue();

        desk.jdbc().sql("update audit_entry set detail = 'nothing to see' where seq = 2").update();
        AuditVerifier.Result broken = desk.bean(AuditVerifier.class).verify();

        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSeq()).isEqualTo(2);
        assertThat(broken.message()).contains("entry 2 was changed");
    }

    @Test
    void aReplyIsSealedToTheSubmitterAndLeavesInADeskSignedBatch() throws Exception {
        Submitter submitter = Submitter.next();
        Item registration = registration(submitter, "synthetic");
        importBatch(List.of(registration));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);
        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());
        ana.post(casePath, casePath + "/reply", Map.of("body", "پیام شما رسید؛ به زودی تماس می‌گیریم.", "status", "WILL_CONTACT"));

        Path batch = dir.resolve("replies.zip");
        ReplyExport.Result exported = desk.bean(ReplyExport.class).export(batch, "test");
        try (VerifiedBatch verified = new BatchReader(desk.deskKey().verifyingKey(), BatchOrigin.DESK).verify(batch)) {
            BatchEntry entry = verified.entries().get(0);
            Reply reply = Reply.fromJson(new EnvelopeOpener(ReplyKeys.identity(submitter.receipt()))
                    .open(verified.envelope(entry), 1 << 20));

            assertThat(exported.replies()).isEqualTo(1);
            assertThat(entry.kind()).isEqualTo(EnvelopeKind.REPLY);
            assertThat(entry.thread()).isEqualTo(submitter.tag());
            assertThat(reply.message()).isEqualTo("پیام شما رسید؛ به زودی تماس می‌گیریم.");
            assertThat(reply.status()).isEqualTo(SubmitterStatus.WILL_CONTACT);
        }
        assertThat(desk.bean(ReplyExport.class).export(dir.resolve("again.zip"), "test").replies()).isZero();
    }

    @Test
    void aPacketDeliveredToTheIntakeIsOpenedAndRepliedToUnderTheIntakesTag() throws Exception {
        Submitter submitter = Submitter.next();
        Packet packet = new PacketSealer(List.of(desk.identity().recipient())).seal(submitter.receipt(), SampleRegistrations.typicalPersian());

        ImportResult imported = importBatch(List.of(IntakeBatches.sealedPacket(packet, submitter)));

        assertThat(imported.registrations()).isEqualTo(1);
        Registration stored = RegistrationParser.parse(desk.jdbc().sql("select document from registration_document where registration_id = ?")
                .param(packet.envelopeId()).query(String.class).single());
        assertThat(stored.channel()).isEqualTo(Channel.PACKET);
        assertThat(stored.person().familyName()).isEqualTo("آزمون‌نژاد");
        BatchEntry reply = replyThroughTheCase(packet.envelopeId());
        assertThat(reply.thread()).isEqualTo(submitter.tag());
        assertThat(reply.replyRecipient()).isEmpty();
    }

    @Test
    void aPacketHandedToTheDeskIsImportedOnceAndItsRepliesAreAddressedToItsLookupKey() throws Exception {
        Submitter submitter = Submitter.next();
        Packet packet = new PacketSealer(List.of(desk.identity().recipient())).seal(submitter.receipt(), SampleRegistrations.typicalPersian());
        List<String> parts = new ArrayList<>(PacketText.split(packet, PacketText.SMS_PART_CHARS));
        Collections.reverse(parts);

        PacketImport.Result first = desk.bean(PacketImport.class).importText(String.join("\n", parts), "usb.txt", "test");
        PacketImport.Result again = desk.bean(PacketImport.class).importText(String.join("\n", parts), "usb.txt", "test");
        ImportResult viaIntake = importBatch(List.of(IntakeBatches.sealedPacket(packet, submitter)));
        PacketImport.Result damaged = desk.bean(PacketImport.class).importText(parts.get(0), "part.txt", "test");

        assertThat(first.stored()).containsExactly(packet.envelopeId());
        assertThat(again.alreadyHeld()).containsExactly(packet.envelopeId());
        assertThat(viaIntake.alreadyPresent()).isEqualTo(1);
        assertThat(damaged.stored()).isEmpty();
        assertThat(damaged.problems()).singleElement().asString().contains("are missing");
        assertThat(count("registration")).isEqualTo(1);
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'batch.import' and subject = 'packets:usb.txt'")
                .query(Long.class).single()).isEqualTo(2);

        BatchEntry reply = replyThroughTheCase(packet.envelopeId());
        assertThat(reply.thread()).isEqualTo("key:" + LookupKey.of(submitter.receipt()).hex());
        assertThat(reply.replyRecipient()).contains(submitter.replyRecipient());
    }

    @Test
    void rotationMovesAClassicalDeskToAHybridIdentityThatOpensEveryAttachmentAndTheOldOneNoLongerDoes() throws Exception {
        desk.close();
        desk = RunningDesk.classical(dir.resolve("classical"), database());
        Submitter submitter = Submitter.next();
        String attachmentId = newId('a');
        byte[] file = "synthetic scanned page".getBytes(StandardCharsets.UTF_8);
        Item attachment = IntakeBatches.sealedAttachment(attachmentId, file, submitter, desk.identity().recipient());
        importBatch(List.of(registration(submitter, "with a file", new AttachmentRef(attachmentId, "scan.txt", file.length,
                sha256(file))), attachment));
        AgeIdentity next = AgeIdentity.generateHybrid();
        IdentityRotation rotation = desk.bean(IdentityRotation.class);

        assertThat(rotation.rotateTo(next, "test")).isEqualTo(1);
        assertThat(rotation.rotateTo(next, "test")).as("run again after an interruption: nothing left to do").isZero();

        byte[] sealed = desk.bean(AttachmentStore.class).sealed(attachmentId).orElseThrow();
        assertThat(new EnvelopeOpener(next).open(sealed, 1 << 16)).isEqualTo(file);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1).lines().filter(line -> line.startsWith("-> "))
                .map(line -> line.split(" ")[1]).toList()).containsOnly("mlkem768x25519");
        assertThatThrownBy(() -> new EnvelopeOpener(desk.identity()).open(sealed, 1 << 16))
                .isInstanceOf(EnvelopeOpeningException.class);
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'identity.rotated'")
                .query(Long.class).single()).isEqualTo(2);
    }

    /** An analyst opens a case for the registration and replies; returns the reply's entry in the exported batch. */
    private BatchEntry replyThroughTheCase(String registrationId) throws Exception {
        desk.createStaff("pat", Role.ANALYST, "triage");
        StaffClient pat = desk.signIn("pat", null);
        pat.post("/queue", "/cases", Map.of("registration", registrationId));
        String casePath = "/cases/" + caseOf(registrationId);
        pat.post(casePath, casePath + "/reply", Map.of("body", "بستهٔ شما رسید.", "status", "UNDER_REVIEW"));
        Path batch = dir.resolve("replies-" + UUID.randomUUID() + ".zip");
        desk.bean(ReplyExport.class).export(batch, "test");
        try (VerifiedBatch verified = new BatchReader(desk.deskKey().verifyingKey(), BatchOrigin.DESK).verify(batch)) {
            return verified.entries().get(0);
        }
    }

    @Test
    void aSecondRegistrationOfOnePersonIsLinkedOnImportWithItsReasons() throws Exception {
        Item persian = IntakeBatches.sealedRegistration(IntakeBatches.registration(newId('r'), "کوروش", "بهمن‌وند",
                "synthetic", List.of()), Submitter.next(), desk.identity().recipient());
        Item latin = IntakeBatches.sealedRegistration(IntakeBatches.registration(newId('r'), "Kourosh", "Bahmanvand",
                "synthetic, later", List.of()), Submitter.next(), desk.identity().recipient());
        Item stranger = IntakeBatches.sealedRegistration(IntakeBatches.registration(newId('r'), "Peyman", "Nikravesh",
                "Farhad", 1990, "0084575948", "synthetic", List.of()), Submitter.next(), desk.identity().recipient());
        importBatch(List.of(persian, stranger));
        importBatch(List.of(latin));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        Document page = ana.page("/registrations/" + latin.id());

        assertThat(page.select(".links li > a[title]").eachAttr("title")).containsExactly(persian.id());
        assertThat(page.select(".links").text()).contains("family name agrees across scripts", "same national ID");
        assertThat(page.select(".links .unconfirmed")).isEmpty();
        assertThat(ana.page("/registrations/" + stranger.id()).select(".links").text())
                .contains("No other registration links to this one");
        Document queue = ana.page("/queue");
        assertThat(queue.select("tr:has(input[value=" + latin.id() + "]) .link-count").text()).isEqualTo("1");
        assertThat(queue.select("tr:has(input[value=" + persian.id() + "]) .link-count").text()).isEqualTo("1");
        assertThat(queue.select("tr:has(input[value=" + stranger.id() + "]) .link-count")).isEmpty();
    }

    @Test
    void aLinkOnPublicFactsAloneIsShownUnconfirmed() throws Exception {
        // what anyone who knows an officer's name and posting could write twice: name, service, unit, rank, about their age
        Registration genuine = publicFactsOnly(newId('r'), "سیاوش", "کلانتری");
        Registration copy = publicFactsOnly(newId('r'), "Siavash", "Kalantari");
        importBatch(List.of(IntakeBatches.sealedRegistration(genuine, Submitter.next(), desk.identity().recipient())));
        importBatch(List.of(IntakeBatches.sealedRegistration(copy, Submitter.next(), desk.identity().recipient())));
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient ana = desk.signIn("ana", null);

        Document page = ana.page("/registrations/" + copy.id());

        assertThat(page.select(".links li > a[title]").eachAttr("title")).containsExactly(genuine.id());
        assertThat(page.select(".links .unconfirmed").text()).isEqualTo("unconfirmed");
        assertThat(page.select(".links").text()).contains("confirm with the person before trusting this link");
        assertThat(desk.jdbc().sql("select confirmed from registration_link").query(Boolean.class).list()).containsExactly(false);
    }

    private static Registration publicFactsOnly(String id, String given, String family) {
        return new Registration(Registration.SCHEMA, id, Instant.now().truncatedTo(ChronoUnit.HOURS), Channel.WEB, "fa",
                new Person(given, family, null, 1971, null, null),
                new Service(Organization.IRGC, null, "لشکر ۲۷", "سرتیپ", null, null, null),
                List.of(), null, "synthetic", Urgency.HIGH, List.of());
    }

    @Test
    void anAdminUploadsAReferenceListAndImportedRegistrationsAreScreenedAgainstIt() throws Exception {
        String admin = desk.createStaff("root", Role.ADMIN, "triage");
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient root = desk.signIn("root", admin);
        byte[] list = ("{\"id\": \"syn-0001\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Mehdi Ghasemi\"], "
                + "\"birthDate\": [\"1978-05-01\"], \"position\": [\"synthetic listed official\"]}}\n").getBytes(StandardCharsets.UTF_8);

        String notice = org.jsoup.Jsoup.parse(root.upload("/admin/references", "/admin/references", "list", "synthetic.jsonl", list)
                .body()).select(".notice").text();
        Item registration = registration(Submitter.next(), "synthetic");
        importBatch(List.of(registration));
        StaffClient ana = desk.signIn("ana", null);

        assertThat(notice).contains("synthetic.jsonl: 1 persons");
        assertThat(ana.get("/admin/references").statusCode()).isEqualTo(403);
        Document page = ana.page("/registrations/" + registration.id());
        assertThat(page.select(".hits strong").eachText()).as("masked like the name fields").containsExactly("•••••");
        assertThat(page.select(".hits").text()).contains("across scripts", "birth year agrees (1978)")
                .doesNotContain("Mehdi").doesNotContain("Ghasemi").doesNotContain("syn-0001").doesNotContain("listed official");

        ana.post("/queue", "/cases", Map.of("registration", registration.id()));
        String casePath = "/cases/" + caseOf(registration.id());
        String maskedCase = ana.page(casePath).select(".hits").text();
        ana.post(casePath, casePath + "/reveal", Map.of("reason", "checking the reference list hit"));
        String revealedCase = ana.page(casePath).select(".hits").text();
        assertThat(maskedCase).doesNotContain("Mehdi").doesNotContain("syn-0001");
        assertThat(revealedCase).contains("syn-0001", "Mehdi Ghasemi", "synthetic listed official");
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'identity.reveal'").query(Long.class).single())
                .as("the names showed only after an audited reveal").isEqualTo(1);
    }

    @Test
    void aCampaignIsFoundOnImportAndMarkingItPlantedTakesItsMembersOffTheQueueUntilTakenBack() throws Exception {
        String template = "Hello, I am %s from unit %d. Because of heavy pressure and threats to my family I have decided to "
                + "cooperate. I have complete information about secret operations and key people, and I can give all of it. "
                + "Please contact me as soon as possible through this form only, I do not have much time left and they are "
                + "watching everyone in my unit closely since the last inspection.";
        String[] given = {"Reza", "Mahsa", "Kourosh", "Leila", "Saeed", "Nader", "Parisa", "Omid", "Shirin", "Babak", "Arash", "Nasrin"};
        String[] family = {"Karimvand", "Ahmadpour", "Bahmanzadeh", "Moradian", "Jafarnia", "Sohrabi", "Nikravesh", "Tabrizian",
                "Rostamkhani", "Kianfar", "Dehghanian", "Yazdanpanah"};
        List<Item> items = new java.util.ArrayList<>();
        List<String> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String familyName = family[(i * 5 + i / given.length) % family.length];
            String name = given[i % given.length] + " " + familyName;
            Registration planted = plain(newId('r'), given[i % given.length], familyName, 1960 + i, null,
                    String.format(template, name, 10 + i), null, Urgency.IMMEDIATE);
            items.add(IntakeBatches.sealedRegistration(planted, Submitter.next(), desk.identity().recipient()));
            flood.add(planted.id());
        }
        Registration senior = plain(newId('r'), "Farhad", "Golestani", 1975, "سرتیپ دوم", "I served twenty-six years and refused "
                + "the order in November.", "I kept the minutes of the provincial security council and copies of the orders "
                + "to fire, with the names of those who signed them and where the detainees were taken.", Urgency.HIGH);
        Registration junior = plain(newId('r'), "Sima", "Bakhtiari", 1990, null, "I want to leave.", null, Urgency.LOW);
        items.add(IntakeBatches.sealedRegistration(senior, Submitter.next(), desk.identity().recipient()));
        items.add(IntakeBatches.sealedRegistration(junior, Submitter.next(), desk.identity().recipient()));
        importBatch(items);
        String secret = desk.createStaff("sue", Role.SUPERVISOR, "triage");
        desk.createStaff("ana", Role.ANALYST, "triage");
        StaffClient sue = desk.signIn("sue", secret);
        StaffClient ana = desk.signIn("ana", null);

        Document queue = ana.page("/queue");
        List<String> order = queue.select("tbody tr input[name=registration]").eachAttr("value");
        assertThat(order.get(0)).isEqualTo(senior.id());
        assertThat(order.indexOf(junior.id())).isLessThan(order.indexOf(flood.get(0)));
        assertThat(queue.select("tr:has(input[value=" + flood.get(0) + "]) .badge.risk-high")).isNotEmpty();
        assertThat(queue.select("tr:has(input[value=" + flood.get(0) + "]) td.reasons").attr("title")).contains("shared template");
        assertThat(ana.page("/queue?campaign=any").select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactlyInAnyOrderElementsOf(flood);
        assertThat(ana.page("/queue?campaign=" + flood.get(5)).select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactlyInAnyOrderElementsOf(flood);
        assertThat(ana.page("/queue?campaign=none").select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactly(senior.id(), junior.id());
        assertThat(ana.page("/queue?risk=high&campaign=none").select("tbody tr input[name=registration]")).isEmpty();

        Document campaigns = ana.page("/campaigns");
        assertThat(campaigns.select("tbody tr")).hasSize(1);
        String campaignPath = campaigns.selectFirst("tbody tr a").attr("href");
        Document campaign = ana.page(campaignPath);
        assertThat(campaign.select("tbody tr")).hasSize(20);
        assertThat(campaign.select(".template mark").text()).contains("heavy pressure and threats to my family");
        assertThat(campaign.select(".template span").text()).doesNotContain("heavy pressure");
        assertThat(campaign.select("svg.chart")).isNotEmpty();
        assertThat(campaign.select("form[action$=/planted]")).isEmpty();
        assertThat(ana.postForProblem("/queue", campaignPath + "/planted", Map.of())).contains("Only a supervisor");
        assertThat(ana.page(campaignPath).select("tbody tr td:last-child").eachText()).doesNotContain("planted");
        assertThat(ana.page("/registrations/" + flood.get(3)).select(".assessment").text())
                .contains("planted risk", "risk: narrative nearly the same");

        assertThat(sue.postForProblem(campaignPath, campaignPath + "/planted", Map.of("reason", "bad")))
                .contains("Say why these registrations are planted");
        assertThat(ana.page("/queue").select("tbody tr input[name=registration]")).as("nothing marked without a reason").hasSize(22);
        String marked = Jsoup.parse(sue.post(campaignPath, campaignPath + "/planted",
                Map.of("reason", "one template, twenty names, one hour")).body()).select(".notice").text();
        assertThat(marked).contains("20 registrations marked as planted");
        assertThat(ana.page("/queue").select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactlyInAnyOrder(senior.id(), junior.id());
        assertThat(desk.jdbc().sql("select detail from audit_entry where action = 'campaign.marked'").query(String.class).single())
                .isEqualTo("20 registrations marked planted: one template, twenty names, one hour");

        sue.post(campaignPath, campaignPath + "/planted/undo", Map.of());
        assertThat(ana.page("/queue").select("tbody tr input[name=registration]")).hasSize(22);
        assertThat(desk.jdbc().sql("select count(*) from audit_entry where action = 'campaign.unmarked'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aSwarmOfNearlyEmptyRegistrationsIsOneCampaignSetAsideInOneAuditedStep() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<Item> items = new java.util.ArrayList<>();
        List<String> honest = new java.util.ArrayList<>();
        List<String> swarm = new java.util.ArrayList<>();
        String[] given = {"Reza", "Kourosh", "Saeed", "Nader", "Omid", "Babak"};
        for (int i = 0; i < 30; i++) { // ten hours of honest arrivals, three an hour
            Registration r = new Registration(Registration.SCHEMA, newId('r'), now.minus(30 - i / 3, ChronoUnit.HOURS), Channel.WEB,
                    "en", new Person(given[i % given.length], "Synthvand" + i, "Hasan", 1970 + i, null, null),
                    new Service(Organization.IRGC, null, "تیپ " + (10 + i), "سروان", null, null, null), List.of(), null,
                    "I served in the brigade for many years and I want to leave with my family, please write.", Urgency.MEDIUM,
                    List.of());
            items.add(IntakeBatches.sealedRegistration(r, Submitter.next(), desk.identity().recipient()));
            honest.add(r.id());
        }
        String[] lines = {"help", "please contact me", "کمک", "urgent", "سلام"};
        for (int i = 0; i < 40; i++) { // then, in one hour, forty registrations that give nothing to vet
            Registration r = new Registration(Registration.SCHEMA, newId('r'), now.minus(5, ChronoUnit.HOURS), Channel.WEB, "fa",
                    i % 2 == 0 ? null : new Person("x" + i, null, null, null, null, "1234567890"),
                    new Service(Organization.FARAJA, null, null, null, null, null, null), List.of(), null,
                    lines[i % lines.length], Urgency.IMMEDIATE, List.of());
            items.add(IntakeBatches.sealedRegistration(r, Submitter.next(), desk.identity().recipient()));
            swarm.add(r.id());
        }
        importBatch(items);
        String secret = desk.createStaff("sue", Role.SUPERVISOR, "triage");
        StaffClient sue = desk.signIn("sue", secret);

        Document campaigns = sue.page("/campaigns");
        assertThat(campaigns.select("tbody tr")).hasSize(1);
        assertThat(campaigns.select("tbody tr").text()).contains("swarm");
        String campaignPath = campaigns.selectFirst("tbody tr a").attr("href");
        assertThat(sue.page("/queue?campaign=any").select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactlyInAnyOrderElementsOf(swarm);
        assertThat(sue.page("/registrations/" + swarm.get(7)).select(".assessment").text()).contains("a swarm");

        String marked = Jsoup.parse(sue.post(campaignPath, campaignPath + "/planted",
                Map.of("reason", "forty empty registrations in one hour")).body()).select(".notice").text();

        assertThat(marked).contains("40 registrations marked as planted");
        assertThat(sue.page("/queue").select("tbody tr input[name=registration]").eachAttr("value"))
                .containsExactlyInAnyOrderElementsOf(honest);
        assertThat(desk.jdbc().sql("select detail from audit_entry where action = 'campaign.marked'").query(String.class).single())
                .isEqualTo("40 registrations marked planted: forty empty registrations in one hour");
    }

    private static Registration plain(String id, String given, String family, int born, String rank, String narrative,
                                      String access, Urgency urgency) {
        return new Registration(Registration.SCHEMA, id, Instant.now().truncatedTo(ChronoUnit.HOURS), Channel.WEB, "en",
                new Person(given, family, null, born, null, null), new Service(Organization.ARTESH, null, null, rank, null, null,
                null), List.of(), access, narrative, urgency, List.of());
    }

    private long caseOf(String registrationId) {
        return desk.jdbc().sql("select case_id from registration where id = ?").param(registrationId).query(Long.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
