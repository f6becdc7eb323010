package org.safepassage.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.testing.AgeTool;
import org.safepassage.core.testing.TypeScriptAge;

class PacketTest {

    private final AgeIdentity desk = AgeIdentity.generateHybrid();
    private final AgeIdentity escrow = AgeIdentity.generateHybrid();
    private final List<AgeIdentity> deployment = List.of(desk, escrow);
    private final PacketSealer sealer = new PacketSealer(List.of(desk.recipient(), escrow.recipient()));
    private final Receipt receipt = Receipt.generate(new SecureRandom());

    @TempDir
    Path dir;

    @Test
    void partsInAnyOrderMakeThePacketAndTheDeskOpensTheRegistration() {
        Packet packet = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        List<String> parts = new ArrayList<>(PacketText.split(packet, PacketText.SMS_PART_CHARS));
        Collections.shuffle(parts, new Random(7));
        String pasted = "Forwarded:\n" + String.join("\n\u200f\n", parts).replace("\n", "\r\n  ");

        PacketAssembler.Assembly assembly = PacketAssembler.read(pasted);

        assertThat(assembly.problems()).isEmpty();
        assertThat(assembly.incomplete()).isEmpty();
        assertThat(assembly.complete()).containsExactly(packet);
        PacketContents contents = new PacketOpener(new EnvelopeOpener(escrow)).open(assembly.complete().get(0));
        assertThat(contents.replyTo()).isEqualTo(ReplyKeys.recipient(receipt));
        Registration registration = contents.registration(packet.envelopeId(), Instant.now());
        assertThat(registration.id()).isEqualTo(packet.envelopeId()).startsWith("p-");
        assertThat(registration.channel()).isEqualTo(Channel.PACKET);
        assertThat(registration.person().familyName()).isEqualTo("آزمون‌نژاد");
        assertThat(registration.family()).hasSize(3);
        assertThat(packet.lookupKey()).isEqualTo(LookupKey.of(receipt));
    }

    @Test
    void whatAMessengerAddsUnderAPartIsNotReadAsPartOfIt() {
        Packet packet = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        StringBuilder forwarded = new StringBuilder();
        for (String part : PacketText.split(packet, PacketText.SMS_PART_CHARS)) {
            forwarded.append("Forwarded message\n").append(part).append("\n\nSent from my phone\n\n");
        }

        assertThat(PacketAssembler.read(forwarded.toString()).complete()).containsExactly(packet);
    }

    @Test
    void aTextOnlyPacketToATeamAndAnEscrowKeyIsTwentySmsPartsAndNineQrCodes() {
        Packet packet = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        List<String> sms = PacketText.split(packet, PacketText.SMS_PART_CHARS);
        System.out.printf("text-only packet to two hybrid recipients: %d bytes, %d SMS parts, %d QR codes%n",
                packet.toBytes().length, sms.size(), PacketText.split(packet, PacketText.QR_PART_CHARS).size());
        // Post-quantum keys and a fixed size cost parts: two 1,120-byte key shares, a 1,216-byte reply key, 3 KiB of contents.
        assertThat(sms).hasSizeLessThanOrEqualTo(20).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(459));
        assertThat(PacketText.split(packet, PacketText.QR_PART_CHARS)).hasSizeLessThanOrEqualTo(9);
        assertThat(String.join("", sms)).as("GSM 7-bit characters only").matches("[#A-Za-z0-9 /_\\-\\n]+");
    }

    @Test
    void theTypeScriptReferenceImplementationOpensThePacketsHybridEnvelope() throws Exception {
        Packet packet = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        Path identity = dir.resolve("desk.key");
        desk.write(identity);
        byte[] compressed = TypeScriptAge.decrypt(packet.sealed(), identity);
        assertThat(PacketContents.fromCompressed(compressed).replyTo()).isEqualTo(ReplyKeys.recipient(receipt));
    }

    @Test
    void theReferenceAgeToolOpensThePacketOfADeskStillOnAClassicalKey() throws Exception {
        AgeIdentity classical = AgeIdentity.generate();
        Packet packet = new PacketSealer(List.of(classical.recipient())).seal(receipt, SampleRegistrations.typicalPersian());
        Path identity = dir.resolve("classical.key");
        classical.write(identity);
        byte[] compressed = AgeTool.decrypt(packet.sealed(), identity);
        assertThat(PacketContents.fromCompressed(compressed).replyTo()).isEqualTo(ReplyKeys.recipient(receipt));
    }

    @Test
    void aMissingPartIsNamedAndNothingIsAssembled() {
        List<String> parts = PacketText.split(sealer.seal(receipt, SampleRegistrations.typicalPersian()), 200);
        assertThat(parts.size()).isGreaterThanOrEqualTo(4);
        List<String> some = new ArrayList<>(parts);
        some.remove(1);
        some.remove(2);

        PacketAssembler.Assembly assembly = PacketAssembler.read(String.join("\n", some));

        assertThat(assembly.complete()).isEmpty();
        assertThat(assembly.incomplete()).singleElement().satisfies(missing -> {
            assertThat(missing.missing()).containsExactly(2, 4);
            assertThat(missing.total()).isEqualTo(parts.size());
        });
    }

    @Test
    void aCorruptedPartIsNamedAndItsPacketNotAssembled() {
        List<String> parts = new ArrayList<>(PacketText.split(sealer.seal(receipt, SampleRegistrations.typicalPersian()), 300));
        String second = parts.get(1);
        int at = second.length() - 10;
        parts.set(1, second.substring(0, at) + (second.charAt(at) == 'A' ? 'B' : 'A') + second.substring(at + 1));

        PacketAssembler.Assembly assembly = PacketAssembler.read(String.join("\n", parts));

        assertThat(assembly.complete()).isEmpty();
        assertThat(assembly.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(PacketProblem.Kind.DAMAGED_PART);
            assertThat(problem.message()).contains("part 2/" + parts.size()).contains("damaged");
        });
        assertThat(assembly.incomplete()).singleElement().satisfies(missing -> assertThat(missing.missing()).containsExactly(2));
    }

    @Test
    void aPartOfAnotherPacketWithTheSameIdIsCaughtByTheWholePacketCheck() {
        Packet one = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        List<String> parts = new ArrayList<>(PacketText.split(one, 300));
        List<String> others = PacketText.split(sealer.seal(receipt, SampleRegistrations.typicalPersian()), 300);
        // Forge part 1 of the other packet under this packet's id, with a check that matches: only the id, the hash of the whole, can tell.
        String payload = others.get(0).substring(others.get(0).indexOf('\n') + 1);
        parts.set(0, "#SP1 " + one.id() + " 1/" + parts.size() + " " + PacketText.check(one.id(), 1, parts.size(), payload) + "\n" + payload);

        PacketAssembler.Assembly assembly = PacketAssembler.read(String.join("\n", parts));

        assertThat(assembly.complete()).isEmpty();
        assertThat(assembly.problems()).extracting(PacketProblem::kind).containsExactly(PacketProblem.Kind.PARTS_MISMATCH);
    }

    @Test
    void aForeignPacketIsRefusedByItsFingerprint() {
        Packet foreign = new PacketSealer(List.of(AgeIdentity.generate().recipient())).seal(receipt, SampleRegistrations.typicalPersian());
        DeskFingerprint ours = DeskFingerprint.of(deployment.stream().map(AgeIdentity::recipient).toList());

        assertThatThrownBy(() -> PacketOpener.requireForThisDesk(foreign, ours))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.FOREIGN))
                .hasMessageContaining("another key").hasMessageContaining(DeskFingerprint.displayPacketBytes(ours.packetBytes()));
        assertThatThrownBy(() -> new PacketOpener(new EnvelopeOpener(desk)).open(foreign))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.UNOPENABLE));
    }

    @Test
    void oversizedInputIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> PacketAssembler.read("#SP1 " + "A".repeat(PacketAssembler.MAX_TEXT_CHARS)))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.TOO_LONG));
        byte[] huge = new byte[Packet.MAX_BYTES + 1];
        huge[0] = 1;
        assertThatThrownBy(() -> Packet.fromBytes(huge)).isInstanceOfSatisfying(PacketException.class,
                e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.TOO_LARGE));
        assertThatThrownBy(() -> PacketAssembler.read("no parts here")).isInstanceOfSatisfying(PacketException.class,
                e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.NO_PART));
        assertThat(PacketAssembler.read("#SP1 garbage").problems()).extracting(PacketProblem::kind)
                .containsExactly(PacketProblem.Kind.DAMAGED_HEADER);
    }

    @Test
    void contentsThatInflateBeyondAnyRegistrationAreRefused() {
        byte[] bomb = deflateWithDictionary(new byte[8 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(Packet.MAX_BYTES);
        Packet packet = new Packet(DeskFingerprint.of(List.of(desk.recipient())).packetBytes(), LookupKey.of(receipt),
                new EnvelopeSealer(List.of(desk.recipient())).seal(bomb));

        assertThatThrownBy(() -> new PacketOpener(new EnvelopeOpener(desk)).open(packet))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(PacketProblem.Kind.BAD_CONTENTS))
                .hasMessageContaining("inflate past");
    }

    @Test
    void aSealingClockInTheFutureOrFarPastGivesWayToTheHourThePacketArrived() {
        Instant arrived = Instant.parse("2026-11-30T10:17:00Z");
        assertThat(sealedAt("2026-11-29T08:00:00Z").registration("p-0123456789abcdef", arrived).receivedAt())
                .isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        for (String wrongClock : List.of("2031-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "yesterday")) {
            assertThat(sealedAt(wrongClock).registration("p-0123456789abcdef", arrived).receivedAt())
                    .isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        }
    }

    private PacketContents sealedAt(String receivedAt) {
        var registration = SampleRegistrations.typicalPersian();
        registration.put("receivedAt", receivedAt);
        return PacketContents.fromCompressed(PacketContents.of(ReplyKeys.recipient(receipt), registration).compressed());
    }

    @Test
    void theSamePacketAlwaysHasTheSameEnvelopeIdAndAnotherPacketAnother() {
        Packet packet = sealer.seal(receipt, SampleRegistrations.typicalPersian());
        assertThat(Packet.fromBytes(packet.toBytes()).envelopeId()).isEqualTo(packet.envelopeId()).matches("p-[0-9a-f]{32}");
        assertThat(sealer.seal(receipt, SampleRegistrations.typicalPersian()).envelopeId()).isNotEqualTo(packet.envelopeId());
    }

    private static byte[] deflateWithDictionary(byte[] plain) {
        Deflater deflater = new Deflater(9, true);
        deflater.setDictionary(PacketDictionary.bytes());
        deflater.setInput(plain);
        deflater.finish();
        byte[] buffer = new byte[Packet.MAX_BYTES];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }
}
