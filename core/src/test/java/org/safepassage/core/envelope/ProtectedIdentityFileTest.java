package org.safepassage.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.safepassage.core.keys.Pem;
import org.junit.jupiter.api.io.TempDir;

class ProtectedIdentityFileTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aProtectedIdentityOpensWhatWasSealedToIt() throws IOException {
        AgeIdentity identity = AgeIdentity.generate();
        Path file = dir.resolve("desk-identity.p8");
        ProtectedIdentityFile.write(identity, file, PASSPHRASE);
        byte[] sealed = new EnvelopeSealer(java.util.List.of(identity.recipient())).seal("synthetic".getBytes(StandardCharsets.UTF_8));

        AgeIdentity unlocked = ProtectedIdentityFile.read(file, PASSPHRASE);

        assertThat(ProtectedIdentityFile.isProtected(file)).isTrue();
        assertThat(unlocked.recipient()).isEqualTo(identity.recipient());
        assertThat(new EnvelopeOpener(unlocked).open(sealed, 1024)).asString(StandardCharsets.UTF_8).isEqualTo("synthetic");
        assertThat(Files.readString(file)).doesNotContain(identity.encoded());
    }

    @Test
    void aWrongPassphraseIsAClearErrorWithoutTheKey() throws IOException {
        Path file = dir.resolve("desk-identity.p8");
        ProtectedIdentityFile.write(AgeIdentity.generate(), file, PASSPHRASE);

        assertThatThrownBy(() -> ProtectedIdentityFile.read(file, "wrong".toCharArray()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("wrong passphrase");
    }

    @Test
    void aPlainAgeIdentityIsReadAsItIs() throws IOException {
        AgeIdentity identity = AgeIdentity.generate();
        Path file = dir.resolve("desk-identity.age");
        identity.write(file);

        assertThat(ProtectedIdentityFile.isProtected(file)).isFalse();
        assertThat(ProtectedIdentityFile.read(file, null).recipient()).isEqualTo(identity.recipient());
    }

    @Test
    void openSslReadsOursAndWeReadOpenSsls() throws Exception {
        AgeIdentity identity = AgeIdentity.generate();
        Path ours = dir.resolve("ours.p8");
        ProtectedIdentityFile.write(identity, ours, PASSPHRASE);
        Path plainDer = dir.resolve("plain.der");
        openssl("pkey", "-in", ours.toString(), "-passin", "pass:" + new String(PASSPHRASE), "-outform", "DER",
                "-out", plainDer.toString());
        byte[] der = Files.readAllBytes(plainDer);
        assertThat(Arrays.copyOfRange(der, der.length - 32, der.length)).isEqualTo(identity.privateKey());

        Path theirs = dir.resolve("theirs.pem");
        openssl("genpkey", "-algorithm", "X25519", "-aes-256-cbc", "-pass", "pass:" + new String(PASSPHRASE),
                "-out", theirs.toString());
        Path theirPublic = dir.resolve("theirs.pub.der");
        openssl("pkey", "-in", theirs.toString(), "-passin", "pass:" + new String(PASSPHRASE), "-pubout",
                "-outform", "DER", "-out", theirPublic.toString());
        byte[] spki = Files.readAllBytes(theirPublic);
        AgeRecipient expected = AgeRecipient.fromPublicKey(Arrays.copyOfRange(spki, spki.length - 32, spki.length));

        assertThat(ProtectedIdentityFile.read(theirs, PASSPHRASE).recipient()).isEqualTo(expected);
    }

    @Test
    void aHybridIdentityIsProtectedAsItsSeedUnderTheXWingIdentifierAndReadsBack() throws Exception {
        AgeIdentity identity = AgeIdentity.generateHybrid();
        Path ours = dir.resolve("hybrid.p8");
        ProtectedIdentityFile.write(identity, ours, PASSPHRASE);

        // Decrypted with the JDK's generic PBES2, independently of how the desk reads it.
        javax.crypto.EncryptedPrivateKeyInfo info = new javax.crypto.EncryptedPrivateKeyInfo(
                Pem.decode(ProtectedIdentityFile.PEM_LABEL, Files.readString(ours)));
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(info.getAlgParameters().toString());
        cipher.init(javax.crypto.Cipher.DECRYPT_MODE, javax.crypto.SecretKeyFactory.getInstance("PBEWithHmacSHA256AndAES_256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(PASSPHRASE)), info.getAlgParameters());
        org.bouncycastle.asn1.pkcs.PrivateKeyInfo decrypted = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(
                info.getKeySpec(cipher).getEncoded());

        assertThat(Files.readString(ours)).contains("ENCRYPTED PRIVATE KEY").doesNotContain("AGE-SECRET-KEY");
        assertThat(decrypted.getPrivateKeyAlgorithm().getAlgorithm().getId()).isEqualTo("1.3.6.1.4.1.62253.25722");
        assertThat(org.bouncycastle.asn1.ASN1OctetString.getInstance(decrypted.parsePrivateKey()).getOctets())
                .isEqualTo(identity.privateKey());
        assertThat(ProtectedIdentityFile.read(ours, PASSPHRASE).recipient()).isEqualTo(identity.recipient());
        assertThatThrownBy(() -> ProtectedIdentityFile.read(ours, "another passphrase".toCharArray()))
                .hasMessageContaining("wrong passphrase");
    }

    private static void openssl(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
