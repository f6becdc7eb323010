package org.safepassage.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.Submitter;

/**
 * Three intake nodes, each in a JVM of its own, on one real PostgreSQL, as docs/deployment.md sets
 * them up behind one onion address. Submitters register on all three, each form loaded from one node
 * and sent to another (its receipt shown there), while the nodes' folders are exported again and
 * again, each export beside its running node; one node is killed with SIGKILL
 * mid-load. Afterwards every receipt any node showed has its registration in exactly one batch,
 * no envelope is in two, and what the killed node had acknowledged is exported by the others'
 * folders as well as by its own.
 */
class ThreeIntakeNodesTest {

    private static final int SUBMITTERS_PER_NODE = 2;

    @TempDir
    Path dir;

    private final AgeIdentity desk = AgeIdentity.generate();

    @Test
    void everyReceiptShownIsInExactlyOneBatchWhenANodeIsKilledAndAllExportAtOnce() throws Exception {
        String database = TestDatabase.POSTGRES.freshUrl(null);
        List<Path> folders = List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"));
        List<Integer> ports = List.of(IntakeProcess.freePort(), IntakeProcess.freePort(), IntakeProcess.freePort());
        List<Process> nodes = new ArrayList<>();
        nodes.add(start(folders.get(0), ports.get(0), database));
        for (int i = 1; i < 3; i++) { // the deployment's pepper and signing key on every node, as docs/deployment.md says
            Files.createDirectories(folders.get(i));
            for (String file : List.of("pepper", "intake-sign.key", "intake-sign.pub")) {
                Files.copy(folders.get(0).resolve(file), folders.get(i).resolve(file));
            }
            nodes.add(start(folders.get(i), ports.get(i), database));
        }
        Map<String, String> shown = new ConcurrentHashMap<>();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        List<URI> bases = ports.stream().map(port -> URI.create("http://127.0.0.1:" + port + "/")).toList();
        for (int node = 0; node < 3; node++) {
            for (int s = 0; s < SUBMITTERS_PER_NODE; s++) {
                int target = (node + 1 + s % 2) % 3; // each form is sent to another node than it came from
                URI formFrom = bases.get(node);
                URI sentTo = bases.get(target);
                String prefix = "form" + node + "-sent" + target + "-submitter" + s + "-";
                Thread thread = new Thread(() -> register(formFrom, sentTo, prefix, running, shown, unanswered));
                thread.start();
                load.add(thread);
            }
        }
        List<Path> batches = new ArrayList<>();
        AtomicInteger exportNumber = new AtomicInteger();
        Thread.sleep(1500);
        exportAll(folders, batches, exportNumber); // all three folders at the same moment, under load
        nodes.get(1).destroyForcibly().waitFor(); // SIGKILL, mid-load
        Thread.sleep(1500);
        exportAll(folders, batches, exportNumber);
        Thread.sleep(1000);
        running.set(false);
        for (Thread thread : load) {
            thread.join();
        }
        exportAll(folders, batches, exportNumber); // what is left, after the load
        for (Process node : nodes) {
            node.destroy();
        }

        Pepper pepper = Pepper.read(folders.get(0).resolve("pepper"));
        VerifyingKey intakeKey = VerifyingKey.read(folders.get(0).resolve("intake-sign.pub"));
        EnvelopeOpener opener = new EnvelopeOpener(desk);
        Map<String, Integer> timesExported = new HashMap<>();
        Map<String, String> narrativeByThread = new HashMap<>();
        for (Path batch : batches) {
            try (VerifiedBatch verified = new BatchReader(intakeKey, BatchOrigin.INTAKE).verify(batch)) {
                for (BatchEntry entry : verified.entries()) {
                    timesExported.merge(entry.id(), 1, Integer::sum);
                    narrativeByThread.put(entry.thread(),
                            RegistrationParser.parse(opener.open(verified.envelope(entry), 1 << 20)).narrative());
                }
            }
        }
        int lost = 0;
        for (Map.Entry<String, String> receipt : shown.entrySet()) {
            String narrative = narrativeByThread.get(LookupTag.of(pepper, Receipt.parse(receipt.getKey())).hex());
            if (narrative == null || !narrative.endsWith(receipt.getValue())) {
                lost++;
            }
        }
        System.out.printf("Three nodes on PostgreSQL, one killed mid-load: %d receipts shown (%d from the killed node), "
                        + "%d requests unanswered, %d batches, %d envelopes, envelopes in two batches: %d, receipts lost: %d%n",
                shown.size(), shown.values().stream().filter(marker -> marker.contains("-sent1-")).count(), unanswered.get(),
                batches.size(), timesExported.size(), timesExported.values().stream().filter(times -> times > 1).count(), lost);
        assertThat(shown.values()).as("every node showed receipts for forms loaded from another")
                .anyMatch(m -> m.contains("-sent0-")).anyMatch(m -> m.contains("-sent1-")).anyMatch(m -> m.contains("-sent2-"));
        assertThat(timesExported.values()).as("no envelope in two batches").allMatch(times -> times == 1);
        assertThat(lost).as("every receipt shown has its registration in a batch").isZero();
        assertThat(timesExported.size()).isGreaterThanOrEqualTo(shown.size());
    }

    private Process start(Path folder, int port, String database) throws Exception {
        return IntakeProcess.start(port, dir.resolve(folder.getFileName() + ".log"), "--data", folder.toString(), "--db",
                database, "--recipient", desk.recipient().value());
    }

    /** `intake export` of every node's folder at the same moment, each beside its node (running or killed). */
    private void exportAll(List<Path> folders, List<Path> batches, AtomicInteger number) throws InterruptedException {
        List<Thread> exports = new ArrayList<>();
        List<Path> written = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Path folder : folders) {
            Path out = dir.resolve("batch-" + number.incrementAndGet() + ".zip");
            Thread thread = new Thread(() -> {
                int code = SafePassage.commandLine().execute("intake", "export", "--data", folder.toString(), "--out",
                        out.toString());
                if (code == 0 && Files.exists(out)) {
                    written.add(out);
                }
            });
            thread.start();
            exports.add(thread);
        }
        for (Thread thread : exports) {
            thread.join();
        }
        batches.addAll(written);
    }

    /** Loads the form from one node and sends it to another (its receipt shown there), as Onionbalance may route it. */
    private static void register(URI formFrom, URI sentTo, String prefix, AtomicBoolean running, Map<String, String> shown,
                                 AtomicInteger unanswered) {
        int n = 0;
        while (running.get()) {
            String marker = prefix + n++;
            try {
                Submitter submitter = Submitter.at(formFrom);
                Map<String, String> fields = new java.util.LinkedHashMap<>(RegistrationFields.persian(marker));
                var form = submitter.page("/register");
                fields.put("_csrf", form.select("input[name=_csrf]").val());
                fields.put("submission", form.select("input[name=submission]").val());
                var sent = submitter.via(sentTo).postMultipart("/register", fields, Map.of());
                String receipt = org.jsoup.Jsoup.parse(sent.body()).select("#receipt").text();
                if (sent.statusCode() != 200 || receipt.isEmpty()) {
                    throw new AssertionError("not taken: " + sent.statusCode());
                }
                shown.put(receipt, marker);
            } catch (IOException | AssertionError e) {
                unanswered.incrementAndGet(); // a killed node, or a page that asked for admission
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
