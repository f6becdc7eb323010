package org.safepassage.intake.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketSealer;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.packet.SampleRegistrations;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.core.text.Digits;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;
import org.safepassage.intake.system.IntakeKeys;
import org.safepassage.intake.transfer.ReplyImport;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A relay delivers packets over HTTP to a real intake; the desk's half is done with core. */
class PacketDeliveryTest {

    @TempDir
    Path dir;

    private RunningIntake intake;
    private Submitter relay;
    private final Receipt receipt = Receipt.generate(new SecureRandom());

    @BeforeEach
    void start() throws Exception {
        intake = new RunningIntake(dir, TestDatabase.H2);
        relay = intake.submitter();
    }

    @AfterEach
    void stop() {
        intake.close();
    }

    @Test
    void partsInAnyOrderAreStoredOnceExportedAsAPacketAndTheReceiptReadsTheReply() throws Exception {
        Packet packet = sealForThisDesk();
        List<String> parts = new ArrayList<>(PacketText.split(packet, PacketText.SMS_PART_CHARS));
        java.util.Collections.reverse(parts);

        Document delivered = deliver(String.join("\n\n", parts), "en");
        assertThat(delivered.select("#outcome").text()).contains("Delivered: packet " + packet.id() + " is stored");
        assertThat(delivered.select("textarea#parts").text()).as("nothing left to add").isEmpty();
        assertThat(deliver(String.join("\n", parts), "en").select("#outcome").text())
                .contains("Packet " + packet.id() + " had been delivered before");
        assertThat(envelopes()).isEqualTo(1);

        LookupTag tag = LookupTag.of(intake.bean(IntakeKeys.class).pepper(), receipt);
        List<Batches.Opened> exported = Batches.exportAndOpen(intake, dir.resolve("batch.zip"));
        assertThat(exported).singleElement().satisfies(opened -> {
            assertThat(opened.entry().kind()).isEqualTo(EnvelopeKind.PACKET);
            assertThat(opened.entry().id()).isEqualTo(packet.envelopeId());
            assertThat(opened.entry().thread()).isEqualTo(tag.hex());
            assertThat(opened.entry().replyRecipient()).as("the intake cannot know it").isEmpty();
            assertThat(RegistrationParser.parse(opened.text()).channel()).isEqualTo(Channel.PACKET);
        });

        Submitter submitter = intake.submitter();
        assertThat(Jsoup.parse(submitter.status(receipt.display()).body()).select("#status").text()).isNotEmpty();
        Path replies = Batches.replyBatch(dir.resolve("replies.zip"), intake.deskSigningKey(), tag.hex(),
                ReplyKeys.recipient(receipt).value(), "پیام شما رسید.", SubmitterStatus.UNDER_REVIEW);
        assertThat(intake.bean(ReplyImport.class).importBatch(replies).stored()).isEqualTo(1);
        assertThat(submitter.openThread(receipt.display()).select(".reply .message").text()).isEqualTo("پیام شما رسید.");
    }

    @Test
    void aReplyAddressedByLookupKeyOpensTheThreadOfAPacketTheDeskGotDirectly() throws Exception {
        Path replies = Batches.replyBatch(dir.resolve("replies.zip"), intake.deskSigningKey(),
                BatchEntry.LOOKUP_KEY_PREFIX + LookupKey.of(receipt).hex(), ReplyKeys.recipient(receipt).value(),
                "We received your packet.", SubmitterStatus.WILL_CONTACT, ReplyKeys.recipient(receipt).value());

        assertThat(intake.bean(ReplyImport.class).importBatch(replies).stored()).isEqualTo(1);

        Document thread = intake.submitter().openThread(receipt.display());
        assertThat(thread.select(".reply .message").text()).isEqualTo("We received your packet.");
    }

    @Test
    void aMissingPartIsNamedInPersianAndNothingIsStoredUntilItComes() throws Exception {
        List<String> parts = PacketText.split(sealForThisDesk(), 300);
        String withoutSecond = String.join("\n", parts.subList(0, 1)) + "\n" + String.join("\n", parts.subList(2, parts.size()));

        Document page = deliver(withoutSecond, "fa");

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#outcome").text()).contains("بخش‌های ۲ از " + Digits.toPersian(String.valueOf(parts.size())) + " نیامده‌اند");
        assertThat(page.select("textarea#parts").text()).as("the text comes back to add to").contains(parts.get(0).substring(0, 20));
        assertThat(envelopes()).isZero();

        assertThat(deliver(withoutSecond + "\n" + parts.get(1), "fa").select("#outcome").text()).contains("ذخیره شد");
        assertThat(envelopes()).isEqualTo(1);
    }

    @Test
    void aDamagedPartAForeignPacketAndAnOversizedTextAreRefusedWithReasonsAndNothingStored() throws Exception {
        List<String> parts = new ArrayList<>(PacketText.split(sealForThisDesk(), 300));
        String last = parts.get(parts.size() - 1);
        parts.set(parts.size() - 1, last.substring(0, last.length() - 1) + (last.endsWith("A") ? "B" : "A"));
        assertThat(deliver(String.join("\n", parts), "en").select("#outcome").text()).contains("is damaged (its check does not match)");

        Packet foreign = new PacketSealer(List.of(AgeIdentity.generate().recipient())).seal(receipt, SampleRegistrations.typicalPersian());
        assertThat(deliver(PacketText.armor(foreign, PacketText.SMS_PART_CHARS), "en").select("#outcome").text())
                .contains("was sealed for another key").contains("the sealer that made it is a fake");

        assertThat(deliver("#SP1 " + "x".repeat(200_000), "en").select("#outcome").text()).contains("at most 131072 are taken");
        HttpResponse<String> tooLarge = relay.postForm("/packet?lang=en", "/packet", Map.of("parts", "x".repeat(300_000)), Map.of());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(deliver("hello", "en").select("#outcome").text()).contains("No packet part was found");
        assertThat(envelopes()).isZero();
    }

    @Test
    void theSealerDownloadCarriesThisDesksKeyAndTheChecksumTheLandingPageShows() throws Exception {
        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(intake.base().resolve("/sealer.html")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment").contains("safepassage-sealer.html"));
        assertThat(download.body().length).as("the sealer file stays under 300 KB").isLessThanOrEqualTo(300 * 1024);
        assertThat(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(intake.deskIdentity().recipient().value());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
        Document landing = relay.page("/?lang=en");
        assertThat(landing.select("#sealer-sha256").text()).isEqualTo(sha256);
        assertThat(landing.select("#sealer-short").text().replace(" ", "")).isEqualToIgnoringCase(sha256.substring(0, 20));
        assertThat(landing.select("#sealer-code").text()).isEqualTo(intake.bean(SealerFile.class).codeFingerprint());
        assertThat(relay.page("/card?lang=en").text()).contains(sha256).contains(intake.deskIdentity().recipient().fingerprint())
                .contains(intake.bean(SealerFile.class).codeFingerprint());
    }

    private Packet sealForThisDesk() {
        return new PacketSealer(List.of(intake.deskIdentity().recipient())).seal(receipt, SampleRegistrations.typicalPersian());
    }

    private Document deliver(String text, String language) throws Exception {
        HttpResponse<String> response = relay.postForm("/packet?lang=" + language, "/packet", Map.of("parts", text), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }


    private long envelopes() {
        return intake.bean(JdbcClient.class).sql("select count(*) from envelope").query(Long.class).single();
    }
}
