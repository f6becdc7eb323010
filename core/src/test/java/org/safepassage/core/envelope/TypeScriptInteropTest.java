package org.safepassage.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.packet.SampleRegistrations;

/**
 * Hybrid post-quantum envelopes both ways between SafePassage and the TypeScript reference
 * implementation of age (the package the offline sealer bundles, run by Node from
 * {@code sealer/tools/age-interop.mjs}): registrations, follow-ups, attachments and replies.
 */
class TypeScriptInteropTest {

    private static final Path SEALER = Path.of("..", "sealer").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @BeforeAll
    static void referenceImplementationIsInstalled() {
        assertThat(SEALER.resolve("node_modules/age-encryption/package.json"))
                .as("the TypeScript age implementation: run `npm ci` in sealer/ (.ci/run does)").exists();
    }

    @Test
    void envelopesSealedHereOpenWithTheTypeScriptImplementation() throws Exception {
        AgeIdentity desk = AgeIdentity.generateHybrid();
        Map<String, byte[]> plaintexts = new LinkedHashMap<>();
        plaintexts.put("registration", org.safepassage.core.json.Json.MAPPER.writeValueAsBytes(SampleRegistrations.typicalPersian()));
        plaintexts.put("follow-up", "{\"schema\":\"safepassage.followup/1\",\"message\":\"پیام بعدی\"}".getBytes(StandardCharsets.UTF_8));
        byte[] attachment = new byte[300_000];
        new java.util.Random(7).nextBytes(attachment);
        plaintexts.put("attachment", attachment);
        plaintexts.put("reply", "{\"message\":\"پاسخ تیم\",\"status\":\"under_review\"}".getBytes(StandardCharsets.UTF_8));
        List<String> command = new ArrayList<>(List.of("open", identityText(desk)));
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> plaintext : plaintexts.entrySet()) {
            Path sealed = dir.resolve(plaintext.getKey() + ".age");
            Files.write(sealed, new EnvelopeSealer(List.of(desk.recipient())).seal(plaintext.getValue()));
            assertThat(stanzaTypes(Files.readAllBytes(sealed))).containsOnly("mlkem768x25519");
            command.add(sealed.toString());
            expected.put(sealed.toString(), sha256(plaintext.getValue()));
        }

        List<String> opened = node(command);

        assertThat(opened).hasSize(plaintexts.size());
        for (String line : opened) {
            String[] hashAndFile = line.split(" ", 2);
            assertThat(hashAndFile[0]).as(hashAndFile[1]).isEqualTo(expected.get(hashAndFile[1]));
        }
    }

    @Test
    void envelopesSealedByTheTypeScriptImplementationOpenHere() throws Exception {
        List<String> generated = node(List.of("identity"));
        AgeIdentity identity = AgeIdentity.parse(generated.get(0));
        byte[] plaintext = org.safepassage.core.json.Json.MAPPER.writeValueAsBytes(SampleRegistrations.typicalPersian());
        Path in = Files.write(dir.resolve("registration.json"), plaintext);

        node(List.of("seal", generated.get(1), in.toString(), dir.resolve("sealed.age").toString()));
        byte[] sealed = Files.readAllBytes(dir.resolve("sealed.age"));

        assertThat(identity.recipient().value()).as("the same recipient from the same identity").isEqualTo(generated.get(1));
        assertThat(stanzaTypes(sealed)).containsOnly("mlkem768x25519");
        assertThat(new EnvelopeOpener(identity).open(sealed, 1 << 20)).isEqualTo(plaintext);
    }

    @Test
    void aHybridIdentityMadeHereGivesTheRecipientTheTypeScriptImplementationDerives() throws Exception {
        AgeIdentity identity = AgeIdentity.generateHybrid();

        assertThat(node(List.of("recipient", identityText(identity)))).containsExactly(identity.recipient().value());
    }

    /** The first argument of every stanza line of an age header. */
    static List<String> stanzaTypes(byte[] sealed) {
        String text = new String(sealed, StandardCharsets.ISO_8859_1);
        String header = text.substring(0, text.indexOf("\n---"));
        return header.lines().filter(line -> line.startsWith("-> ")).map(line -> line.substring(3).split(" ")[0]).toList();
    }

    private static String identityText(AgeIdentity identity) {
        return identity.encoded();
    }

    private List<String> node(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", SEALER.resolve("tools/age-interop.mjs").toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(SEALER.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
