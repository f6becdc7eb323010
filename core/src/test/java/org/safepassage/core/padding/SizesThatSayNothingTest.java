package org.safepassage.core.padding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.packet.PacketSealer;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.packet.SampleRegistrations;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.registration.RegistrationParser;
import tools.jackson.databind.node.ObjectNode;

/** What an observer of sealed envelopes can no longer tell from their sizes. */
class SizesThatSayNothingTest {

    private static final String SENTENCE = "پس از آنچه در اعتراضات دیدم دیگر نمی‌توانم بمانم و خانواده‌ام باید با من بیایند. ";
    private final AgeIdentity desk = AgeIdentity.generateHybrid();
    private final AgeIdentity escrow = AgeIdentity.generateHybrid();

    private static ObjectNode registrationWithNarrative(int characters) {
        ObjectNode registration = SampleRegistrations.typicalPersian();
        registration.put("narrative", SENTENCE.repeat(characters / SENTENCE.length() + 1).substring(0, characters));
        return registration;
    }

    private static byte[] webDocument(int characters) {
        ObjectNode registration = registrationWithNarrative(characters);
        registration.put("id", "r-0123456789abcdef0123456789abcdef");
        registration.put("channel", "web");
        return registration.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aShortAndALongRegistrationSealToTheSameSizeAndReadBackWhole() throws Exception {
        EnvelopeSealer sealer = new EnvelopeSealer(List.of(desk.recipient(), escrow.recipient()));
        byte[] short200 = webDocument(200);
        byte[] long2000 = webDocument(2000);

        byte[] sealedShort = sealer.seal(Padding.text(short200));
        byte[] sealedLong = sealer.seal(Padding.text(long2000));
        byte[] opened = new EnvelopeOpener(desk).open(sealedLong, 1 << 20);

        assertThat(long2000.length).isGreaterThan(3 * short200.length);
        assertThat(sealedShort).hasSameSizeAs(sealedLong);
        assertThat(RegistrationParser.parse(opened).narrative()).hasSize(2000);
        assertThat(Padding.withoutTextPadding(opened)).isEqualTo(long2000);
        System.out.printf("text envelope: %d bytes for %d- and %d-byte documents (two hybrid recipients)%n",
                sealedShort.length, short200.length, long2000.length);
    }

    @Test
    void textLongerThanTheFirstSizeTellsOnlyItsDoubling() {
        assertThat(Padding.textSize(1)).isEqualTo(Padding.TEXT_BYTES);
        assertThat(Padding.textSize(Padding.TEXT_BYTES)).isEqualTo(Padding.TEXT_BYTES);
        assertThat(Padding.textSize(Padding.TEXT_BYTES + 1)).isEqualTo(2 * Padding.TEXT_BYTES);
        assertThat(Padding.textSize(5 * Padding.TEXT_BYTES)).isEqualTo(8 * Padding.TEXT_BYTES);
    }

    @Test
    void textOnlyPacketsOfAShortAndALongRegistrationAreOneNumberOfParts() {
        PacketSealer sealer = new PacketSealer(List.of(desk.recipient()));
        Receipt receipt = Receipt.generate(new SecureRandom());

        Packet short200 = sealer.seal(receipt, registrationWithNarrative(200));
        Packet long2000 = sealer.seal(receipt, registrationWithNarrative(2000));
        PacketContents opened = new PacketOpener(new EnvelopeOpener(desk)).open(long2000);

        assertThat(short200.toBytes()).hasSameSizeAs(long2000.toBytes());
        List<String> sms = PacketText.split(short200, PacketText.SMS_PART_CHARS);
        assertThat(PacketText.split(long2000, PacketText.SMS_PART_CHARS)).hasSameSizeAs(sms);
        assertThat(PacketText.split(long2000, PacketText.QR_PART_CHARS)).hasSameSizeAs(PacketText.split(short200, PacketText.QR_PART_CHARS));
        assertThat(opened.registration(long2000.envelopeId(), java.time.Instant.now()).narrative()).hasSize(2000);
        System.out.printf("text-only packet: %d bytes, %d SMS parts, %d QR codes (one hybrid recipient)%n",
                short200.toBytes().length, sms.size(), PacketText.split(short200, PacketText.QR_PART_CHARS).size());
    }

    @Test
    void packetContentsWithAnythingButZerosAfterTheirEndAreRefused() {
        byte[] compressed = PacketContents.of(AgeIdentity.generateHybrid().recipient(), SampleRegistrations.typicalPersian())
                .compressed();
        byte[] padded = Padding.packetContents(compressed);
        padded[padded.length - 1] = 1;

        assertThat(PacketContents.fromCompressed(Padding.packetContents(compressed)).registrationJson("p-1", java.time.Instant.now()))
                .contains("آزمون‌نژاد");
        assertThatThrownBy(() -> PacketContents.fromCompressed(padded)).hasMessageContaining("not padding");
    }

    @Test
    void attachmentsFallIntoAFewSizeClassesAndComeBackWhole() {
        long limit = 10L << 20;

        assertThat(Padding.attachmentSize(10_000, limit)).isEqualTo(256L << 10);
        assertThat(Padding.attachmentSize(200_000, limit)).isEqualTo(256L << 10);
        assertThat(Padding.attachmentSize(300_000, limit)).isEqualTo(1L << 20);
        assertThat(Padding.attachmentSize(3_000_000, limit)).isEqualTo(4L << 20);
        assertThat(Padding.attachmentSize(9_000_000, limit)).isEqualTo(limit);
        byte[] file = new byte[123_456];
        new SecureRandom().nextBytes(file);
        byte[] padded = Padding.attachment(file, limit);
        assertThat(padded).hasSize(256 << 10);
        assertThat(Padding.withoutAttachmentPadding(padded, file.length)).isEqualTo(file);
        assertThatThrownBy(() -> Padding.withoutAttachmentPadding(padded, padded.length + 1L))
                .hasMessageContaining("shorter than the size");
    }
}
