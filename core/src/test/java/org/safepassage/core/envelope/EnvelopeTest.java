package org.safepassage.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.AgeTool;

class EnvelopeTest {

    private static final byte[] DOCUMENT = "{\"narrative\":\"من می‌خواهم با خانواده‌ام بیایم\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void eachOfSeveralRecipientsCanOpen() throws Exception {
        AgeIdentity team = AgeIdentity.generate();
        AgeIdentity escrow = AgeIdentity.generate();
        byte[] sealed = new EnvelopeSealer(List.of(team.recipient(), escrow.recipient())).seal(DOCUMENT);
        assertThat(new EnvelopeOpener(team).open(sealed, 1 << 20)).isEqualTo(DOCUMENT);
        assertThat(new EnvelopeOpener(escrow).open(sealed, 1 << 20)).isEqualTo(DOCUMENT);
    }

    @Test
    void sealedBytesDoNotContainThePlaintext() {
        byte[] sealed = new EnvelopeSealer(List.of(AgeIdentity.generate().recipient())).seal(DOCUMENT);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("narrative");
    }

    @Test
    void refusesAnEnvelopeForSomeoneElse() {
        byte[] sealed = new EnvelopeSealer(List.of(AgeIdentity.generate().recipient())).seal(DOCUMENT);
        assertThatThrownBy(() -> new EnvelopeOpener(AgeIdentity.generate()).open(sealed, 1 << 20))
                .isInstanceOf(EnvelopeOpeningException.class)
                .hasMessageContaining("no identity here can open");
    }

    @Test
    void refusesAPayloadWithOneFlippedByte() {
        AgeIdentity identity = AgeIdentity.generate();
        byte[] sealed = new EnvelopeSealer(List.of(identity.recipient())).seal(DOCUMENT);
        sealed[sealed.length - 5] ^= 1;
        assertThatThrownBy(() -> new EnvelopeOpener(identity).open(sealed, 1 << 20))
                .isInstanceOf(EnvelopeOpeningException.class);
    }

    @Test
    void refusesPlaintextLargerThanTheLimit() {
        AgeIdentity identity = AgeIdentity.generate();
        byte[] sealed = new EnvelopeSealer(List.of(identity.recipient())).seal(new byte[5000]);
        assertThatThrownBy(() -> new EnvelopeOpener(identity).open(sealed, 4000)).hasMessageContaining("more than 4000 bytes");
    }

    @Test
    void referenceAgeToolOpensWhatCoreSeals() throws Exception {
        AgeIdentity identity = AgeIdentity.generate();
        Path identityFile = dir.resolve("desk.key");
        identity.write(identityFile);
        byte[] sealed = new EnvelopeSealer(List.of(identity.recipient())).seal(DOCUMENT);
        assertThat(AgeTool.decrypt(sealed, identityFile)).isEqualTo(DOCUMENT);
    }

    @Test
    void coreOpensWhatTheReferenceAgeToolSeals() throws Exception {
        Path identityFile = dir.resolve("made-by-age.key");
        String recipient = AgeTool.keygen(identityFile);
        byte[] sealed = AgeTool.encrypt(DOCUMENT, recipient);
        assertThat(new EnvelopeOpener(AgeIdentity.read(identityFile)).open(sealed, 1 << 20)).isEqualTo(DOCUMENT);
        assertThat(AgeIdentity.read(identityFile).recipient().value()).isEqualTo(recipient);
    }

    @Test
    void identityFileIsOwnerOnlyAndNeverPrinted() throws Exception {
        AgeIdentity identity = AgeIdentity.generate();
        Path file = dir.resolve("id.key");
        identity.write(file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(identity.toString()).doesNotContain("AGE-SECRET-KEY");
    }

    @Test
    void recipientRefusesGarbageWithAClearMessage() {
        assertThatThrownBy(() -> new AgeRecipient("age1notakey")).hasMessageContaining("not an age recipient");
        String hybrid = AgeIdentity.generateHybrid().recipient().value();
        // the last character changed (to another one: a key ends in q one time in 32), so the checksum fails
        String altered = hybrid.substring(0, hybrid.length() - 1) + (hybrid.endsWith("q") ? "p" : "q");
        assertThatThrownBy(() -> new AgeRecipient(altered)).hasMessageContaining("not an age post-quantum recipient");
    }

    @Test
    void aTeamKeyAndAnEscrowKeyBothHybridEachOpenAndTheHeaderHoldsOnlyHybridStanzas() throws Exception {
        AgeIdentity team = AgeIdentity.generateHybrid();
        AgeIdentity escrow = AgeIdentity.generateHybrid();

        byte[] sealed = new EnvelopeSealer(List.of(team.recipient(), escrow.recipient())).seal(DOCUMENT);

        assertThat(TypeScriptInteropTest.stanzaTypes(sealed)).containsExactly("mlkem768x25519", "mlkem768x25519");
        assertThat(new EnvelopeOpener(team).open(sealed, 1 << 20)).isEqualTo(DOCUMENT);
        assertThat(new EnvelopeOpener(escrow).open(sealed, 1 << 20)).isEqualTo(DOCUMENT);
        assertThatThrownBy(() -> new EnvelopeOpener(AgeIdentity.generateHybrid()).open(sealed, 1 << 20))
                .isInstanceOf(EnvelopeOpeningException.class);
    }

    @Test
    void anEnvelopeIsNeverSealedToAHybridAndAClassicalRecipientAtOnce() {
        AgeRecipient hybrid = AgeIdentity.generateHybrid().recipient();
        AgeRecipient classical = AgeIdentity.generate().recipient();

        assertThatThrownBy(() -> new EnvelopeSealer(List.of(hybrid, classical)))
                .hasMessageContaining("never both");
    }

    @Test
    void aHybridIdentityFileReadsBackAndIsNeverPrinted() throws Exception {
        AgeIdentity identity = AgeIdentity.generateHybrid();
        Path file = dir.resolve("pq.key");
        identity.write(file);

        AgeIdentity read = AgeIdentity.read(file);

        assertThat(read.recipient()).isEqualTo(identity.recipient());
        assertThat(read.kind()).isEqualTo(RecipientKind.MLKEM768_X25519);
        assertThat(Files.readString(file)).contains("AGE-SECRET-KEY-PQ-1");
        assertThat(identity.toString()).doesNotContain("AGE-SECRET-KEY");
    }
}
