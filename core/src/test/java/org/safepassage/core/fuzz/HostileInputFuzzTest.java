package org.safepassage.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketAssembler;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketException;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.receipt.InvalidReceiptException;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.registration.InvalidRegistrationException;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.signing.SigningKey;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads what a stranger sends: the registration
 * parser, the batch reader, the packet reader and contents, the receipt parser, acknowledgements.
 * Each may only refuse with its own clear exception; anything else (a crash, a hang, an exception
 * that names nothing) is a finding. Run by `mvn verify` for a few seconds each (core/pom.xml, one
 * JVM per target, as Jazzer fuzzes one target per JVM), for minutes with `-Pfuzz`; without
 * JAZZER_FUZZ they replay the inputs kept in src/test/resources/…/HostileInputFuzzTestInputs.
 */
class HostileInputFuzzTest {

    private static final SigningKey INTAKE = SigningKey.generate();

    @FuzzTest(maxDuration = "10s")
    void registrationParser(byte[] json) {
        try {
            RegistrationParser.parse(json);
        } catch (InvalidRegistrationException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void batchReader(byte[] file) throws IOException {
        Path batch = Files.createTempFile("fuzzed-batch", ".zip");
        try {
            Files.write(batch, file);
            try (VerifiedBatch ignored = new BatchReader(INTAKE.verifyingKey(), BatchOrigin.INTAKE).verify(batch)) {
                throw new AssertionError("a batch nobody signed was accepted");
            } catch (BatchRejectedException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(batch);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void packetReader(byte[] pasted) {
        try {
            PacketAssembler.Assembly assembly = PacketAssembler.read(new String(pasted, StandardCharsets.UTF_8));
            for (Packet packet : assembly.complete()) {
                assertThat(Packet.fromBytes(packet.toBytes())).isEqualTo(packet);
                assertThat(PacketAssembler.read(PacketText.armor(packet, PacketText.SMS_PART_CHARS)).complete())
                        .containsExactly(packet);
            }
            assembly.problems().forEach(problem -> assertThat(problem.message()).isNotBlank());
        } catch (PacketException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void packetBytesAndContents(byte[] bytes) {
        try {
            Packet.fromBytes(bytes);
        } catch (PacketException refused) {
            assertThat(refused.problem()).isNotNull();
        }
        try {
            PacketContents.fromCompressed(bytes).registration("p-0123456789abcdef", java.time.Instant.now());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void receiptAndAcknowledgement(FuzzedDataProvider data) {
        try {
            Receipt receipt = Receipt.parse(data.consumeString(200));
            assertThat(Receipt.parse(receipt.display())).isEqualTo(receipt);
        } catch (InvalidReceiptException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        try {
            Acknowledgement.fromJson(data.consumeRemainingAsBytes());
        } catch (RuntimeException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
