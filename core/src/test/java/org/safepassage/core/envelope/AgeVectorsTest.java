package org.safepassage.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C2SP age test vectors for the mlkem768x25519 and X25519 recipients (resources/age-vectors):
 * each file decrypts with its identities exactly when the vector expects success, to the payload
 * whose SHA-256 it gives; every failure kind is a refusal (our API does not tell them apart).
 */
class AgeVectorsTest {

    record Vector(String name, String expect, String payloadSha256, List<String> identities, byte[] file) {
        @Override
        public String toString() {
            return name + " (" + expect + ")";
        }
    }

    static Stream<Vector> vectors() throws IOException, URISyntaxException {
        Path dir = Path.of(AgeVectorsTest.class.getResource("/age-vectors").toURI());
        List<Vector> vectors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                vectors.add(read(file));
            }
        }
        assertThat(vectors).extracting(Vector::name).contains("hybrid", "hybrid_bad_tag", "hybrid_low_order", "x25519");
        return vectors.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void opensExactlyWhatTheVectorSaysOpens(Vector vector) throws Exception {
        List<AgeIdentity> identities = vector.identities().stream().map(AgeIdentity::parse).toList();
        EnvelopeOpener opener = new EnvelopeOpener(identities);

        if (vector.expect().equals("success")) {
            byte[] payload = opener.open(vector.file(), 1 << 24);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload)))
                    .isEqualTo(vector.payloadSha256());
        } else {
            assertThatThrownBy(() -> opener.open(vector.file(), 1 << 24)).isInstanceOf(EnvelopeOpeningException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void derivesTheRecipientOfEveryIdentityAndReadsItBack(Vector vector) {
        for (String text : vector.identities()) {
            AgeIdentity identity = AgeIdentity.parse(text);
            AgeRecipient recipient = new AgeRecipient(identity.recipient().value());

            assertThat(recipient.kind()).isEqualTo(identity.kind());
            assertThat(identity.recipient().value()).startsWith(text.startsWith("AGE-SECRET-KEY-PQ-") ? "age1pq1" : "age1");
            assertThat(AgeIdentity.parse(identity.encoded()).recipient()).isEqualTo(recipient);
        }
    }

    private static Vector read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int split = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII));
        String header = new String(all, 0, split, StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOfRange(all, split + 2, all.length);
        String expect = null;
        String payload = null;
        boolean compressed = false;
        List<String> identities = new ArrayList<>();
        for (String line : header.split("\n")) {
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            switch (key) {
                case "expect" -> expect = value;
                case "payload" -> payload = value;
                case "identity" -> identities.add(value);
                case "compressed" -> compressed = value.equals("zlib");
                default -> { }
            }
        }
        if (compressed) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                body = out.toByteArray();
            }
        }
        return new Vector(file.getFileName().toString(), expect, payload, identities, body);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no header separator");
    }
}
