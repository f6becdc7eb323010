package org.safepassage.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.packet.PacketVectors;
import org.safepassage.core.testing.AgeTool;

/**
 * Cross-implementation vectors ({@code sealer/vectors.json}): the expected values were computed with
 * OpenSSL 3 ({@code openssl kdf … HKDF}, {@code openssl dgst -sha256 -mac HMAC}) and {@code age-keygen -y};
 * the JavaScript sealer's tests read the same file.
 */
class ReceiptDerivationTest {

    static final String VECTOR_RECEIPT = "1234 5678 9012 3456 7890 1234";

    @TempDir
    Path dir;

    @Test
    void lookupKeysAndTagsMatchTheSharedVectors() throws Exception {
        Pepper pepper = Pepper.of(HexFormat.of().parseHex(PacketVectors.pepperHex()));
        assertThat(PacketVectors.cases()).hasSizeGreaterThanOrEqualTo(4);
        for (PacketVectors.Vector vector : PacketVectors.cases()) {
            Receipt receipt = Receipt.parse(vector.receipt());
            assertThat(LookupKey.of(receipt).hex()).isEqualTo(vector.lookupKey());
            assertThat(LookupTag.of(pepper, receipt).hex()).isEqualTo(vector.tag());
            assertThat(LookupTag.of(pepper, LookupKey.fromHex(vector.lookupKey()))).isEqualTo(LookupTag.of(pepper, receipt));
        }
    }

    @Test
    void lookupTagDependsOnThePepper() {
        Receipt receipt = Receipt.parse(VECTOR_RECEIPT);
        SecureRandom random = new SecureRandom();
        assertThat(LookupTag.of(Pepper.generate(random), receipt)).isNotEqualTo(LookupTag.of(Pepper.generate(random), receipt));
    }

    @Test
    void replyIdentitiesMatchTheSharedVectors() throws Exception {
        for (PacketVectors.Vector vector : PacketVectors.cases()) {
            Receipt receipt = Receipt.parse(vector.receipt());
            AgeIdentity fromSeed = AgeIdentity.fromHybridSeed(HexFormat.of().parseHex(vector.replySeed()));
            AgeIdentity legacy = AgeIdentity.fromPrivateKey(HexFormat.of().parseHex(vector.legacyReplyScalar()));

            assertThat(ReplyKeys.recipient(receipt)).isEqualTo(fromSeed.recipient());
            assertThat(ReplyKeys.recipient(receipt).value()).as("as the TypeScript reference derives it")
                    .isEqualTo(vector.replyRecipient()).startsWith("age1pq1");
            assertThat(ReplyKeys.identities(receipt)).extracting(identity -> identity.recipient().value())
                    .containsExactly(vector.replyRecipient(), vector.legacyReplyRecipient());
            assertThat(legacy.recipient().value()).isEqualTo(vector.legacyReplyRecipient());
        }
    }

    @Test
    void theLegacyReplyRecipientAgreesWithTheReferenceAgeKeygen() throws Exception {
        AgeIdentity identity = ReplyKeys.identities(Receipt.generate(new SecureRandom())).get(1);
        Path file = dir.resolve("reply.key");
        identity.write(file);
        assertThat(AgeTool.recipientOf(file)).isEqualTo(identity.recipient().value());
    }

    @Test
    void replySealedToTheStoredRecipientOpensWithTheRetypedReceipt() throws Exception {
        Receipt receipt = Receipt.generate(new SecureRandom());
        byte[] sealed = new EnvelopeSealer(java.util.List.of(ReplyKeys.recipient(receipt))).seal("سلام".getBytes());
        Receipt retyped = Receipt.parse(receipt.display().replace('1', '۱').replace(" ", "-"));
        assertThat(new String(new EnvelopeOpener(ReplyKeys.identity(retyped)).open(sealed, 1000))).isEqualTo("سلام");
    }

    @Test
    void pepperFileIsOwnerOnly() throws Exception {
        Path file = dir.resolve("pepper");
        Pepper pepper = Pepper.generate(new SecureRandom());
        pepper.write(file);
        assertThat(Pepper.read(file)).isEqualTo(pepper);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
