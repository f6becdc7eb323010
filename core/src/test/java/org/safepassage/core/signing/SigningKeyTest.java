package org.safepassage.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void keyFilesRoundTripAndThePrivateHalfIsOwnerOnly() throws Exception {
        SigningKey key = SigningKey.generate();
        key.write(dir.resolve("intake-sign.key"), dir.resolve("intake-sign.pub"));
        SigningKey read = SigningKey.read(dir.resolve("intake-sign.key"), dir.resolve("intake-sign.pub"));
        byte[] message = "manifest".getBytes();
        assertThat(key.verifyingKey().verifies(message, read.sign(message))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("intake-sign.key")))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("intake-sign.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void refusesToOverwriteAnExistingKey() throws Exception {
        SigningKey.generate().write(dir.resolve("k"), dir.resolve("k.pub"));
        assertThatThrownBy(() -> SigningKey.generate().write(dir.resolve("k"), dir.resolve("k.pub")))
                .hasMessageContaining("refusing to overwrite");
    }

    @Test
    void refusesAPublicKeyThatDoesNotBelongToThePrivateKey() throws Exception {
        SigningKey.generate().write(dir.resolve("a"), dir.resolve("a.pub"));
        SigningKey.generate().write(dir.resolve("b"), dir.resolve("b.pub"));
        assertThatThrownBy(() -> SigningKey.read(dir.resolve("a"), dir.resolve("b.pub")))
                .hasMessageContaining("is not the public half");
    }

    @Test
    void signatureOverAChangedMessageFails() {
        SigningKey key = SigningKey.generate();
        byte[] signature = key.sign("one".getBytes());
        assertThat(key.verifyingKey().verifies("two".getBytes(), signature)).isFalse();
    }
}
