package org.safepassage.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.SafePassage;
import org.safepassage.cli.support.IntakeProcess;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.Submitter;

/**
 * The intake killed with SIGKILL again and again while submitters keep registering. Afterwards
 * every receipt that was shown has its registration, sealed and whole, in the export, and no
 * envelope in the export is partial. A receipt is shown only after its envelope is committed, so
 * a kill can cost a submitter an unanswered request, never an acknowledged registration.
 */
class IntakeCrashTest {

    private static final int KILLS = Integer.getInteger("safepassage.crash.kills", 5);
    private static final int SUBMITTERS = 4;

    @TempDir
    Path dir;

    private final AgeIdentity desk = AgeIdentity.generate();

    @Test
    void everyReceiptShownSurvivesRepeatedKillsAndNoPartialEnvelopeIsExported() throws Exception {
        Path data = dir.resolve("intake");
        int port = IntakeProcess.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Map<String, String> shown = new ConcurrentHashMap<>();
        AtomicInteger unanswered = new AtomicInteger();
        Random random = new Random(17);

        for (int kill = 0; kill < KILLS; kill++) {
            Process intake = start(data, port, kill);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < SUBMITTERS; i++) {
                int submitter = i;
                int round = kill;
                Thread thread = new Thread(() -> register(base, running, shown, unanswered, round, submitter));
                thread.start();
                load.add(thread);
            }
            Thread.sleep(800 + random.nextInt(1500));
            intake.destroyForcibly().waitFor();
            running.set(false);
            for (Thread thread : load) {
                thread.join();
            }
        }

        Path batch = dir.resolve("after-the-kills.zip");
        assertThat(SafePassage.commandLine().execute("intake", "export", "--data", data.toString(), "--out", batch.toString()))
                .isZero();
        Pepper pepper = Pepper.read(data.resolve("pepper"));
        VerifyingKey intakeKey = VerifyingKey.read(data.resolve("intake-sign.pub"));
        Map<String, String> narrativeByThread = new java.util.HashMap<>();
        int envelopes = 0;
        try (VerifiedBatch verified = new BatchReader(intakeKey, BatchOrigin.INTAKE).verify(batch)) {
            EnvelopeOpener opener = new EnvelopeOpener(desk);
            for (BatchEntry entry : verified.entries()) {
                assertThat(entry.kind()).isEqualTo(EnvelopeKind.REGISTRATION);
                // Opening reads to the end and checks every chunk's tag: a partial envelope fails here.
                Registration registration = RegistrationParser.parse(opener.open(verified.envelope(entry), 1 << 20));
                narrativeByThread.put(entry.thread(), registration.narrative());
                envelopes++;
            }
        }
        int lost = 0;
        for (Map.Entry<String, String> receipt : shown.entrySet()) {
            String thread = LookupTag.of(pepper, Receipt.parse(receipt.getKey())).hex();
            String narrative = narrativeByThread.get(thread);
            if (narrative == null || !narrative.endsWith(receipt.getValue())) {
                lost++;
            }
        }
        System.out.printf("Crash test: %d kills (SIGKILL) under load from %d submitters; %d receipts shown, %d requests"
                + " unanswered; %d envelopes exported, all whole; envelopes lost: %d%n",
                KILLS, SUBMITTERS, shown.size(), unanswered.get(), envelopes, lost);
        assertThat(shown).as("the load got receipts between the kills").hasSizeGreaterThan(KILLS);
        assertThat(lost).isZero();
        assertThat(envelopes).as("registrations stored but whose receipt never reached the submitter are kept too")
                .isGreaterThanOrEqualTo(shown.size());
    }

    private void register(URI base, AtomicBoolean running, Map<String, String> shown, AtomicInteger unanswered,
                          int round, int submitter) {
        int n = 0;
        while (running.get()) {
            String marker = "crash-" + round + "-" + submitter + "-" + n++;
            try {
                String receipt = Submitter.at(base).register(RegistrationFields.persian(marker), Map.of());
                shown.put(receipt, marker);
            } catch (IOException | AssertionError e) {
                unanswered.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process start(Path data, int port, int round) throws Exception {
        return IntakeProcess.start(port, dir.resolve("intake-" + round + ".log"), "--data", data.toString(),
                "--recipient", desk.recipient().value());
    }
}
