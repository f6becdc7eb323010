package org.safepassage.intake.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.submission.NewEnvelope;
import org.safepassage.intake.submission.StorageQuota;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.system.IntakeKeys;

/**
 * Three intake nodes on one PostgreSQL export at the same moment, again and again, while envelopes
 * keep arriving: every envelope is in exactly one batch, whichever node wrote it, and nothing is
 * left behind. The quota each node counts follows what the others exported.
 */
class SeveralNodesExportTest {

    @TempDir
    Path dir;

    @Test
    void everyEnvelopeLandsInExactlyOneBatchWhateverNodeExportsAndHoweverManyAtOnce() throws Exception {
        try (RunningIntake first = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, Map.of());
             RunningIntake second = RunningIntake.anotherNode(dir.resolve("b"), first);
             RunningIntake third = RunningIntake.anotherNode(dir.resolve("c"), first)) {
            List<RunningIntake> nodes = List.of(first, second, third);
            EnvelopeStore store = first.bean(EnvelopeStore.class);
            Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            LookupTag thread = new LookupTag(HexFormat.of().formatHex(new byte[32]).replace('0', 'a'));
            store.createThread(thread, hour);
            List<String> stored = new ArrayList<>(store(store, thread, hour, 3_000));
            assertThat(second.bean(StorageQuota.class).pendingBytes()).as("counted before the exports").isZero();

            ConcurrentLinkedQueue<Path> batches = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < nodes.size(); n++) {
                RunningIntake node = nodes.get(n);
                int nodeNumber = n;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 4; round++) {
                        Path file = dir.resolve("batch-" + nodeNumber + "-" + round + ".zip");
                        if (node.bean(BatchExport.class).export(file).envelopes() > 0) {
                            batches.add(file);
                        }
                    }
                    return null;
                }));
            }
            Future<List<String>> arriving = pool.submit(() -> {
                start.await();
                return store(third.bean(EnvelopeStore.class), thread, hour, 500);
            });
            start.countDown();
            for (Future<?> node : running) {
                node.get();
            }
            stored.addAll(arriving.get());
            Path last = dir.resolve("batch-last.zip");
            if (second.bean(BatchExport.class).export(last).envelopes() > 0) {
                batches.add(last);
            }
            pool.shutdown();

            List<String> exported = new ArrayList<>();
            for (Path batch : batches) {
                try (VerifiedBatch verified = new BatchReader(first.bean(IntakeKeys.class).signingKey().verifyingKey(),
                        BatchOrigin.INTAKE).verify(batch)) {
                    verified.entries().stream().map(BatchEntry::id).forEach(exported::add);
                }
            }
            assertThat(exported).as("no envelope twice, none left out").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(stored);
            assertThat(first.bean(EnvelopeStore.class).pendingBytes()).isZero();
            StorageQuota quota = third.bean(StorageQuota.class);
            quota.refresh();
            assertThat(quota.pendingBytes()).as("a node's quota follows the other nodes' exports").isZero();
            assertThat(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".partial")).toList()).isEmpty();
        }
    }

    @Test
    void aNodeStartedWithoutTheDeploymentsPepperAndKeyIsRefusedSayingWhatToCopy() throws Exception {
        try (RunningIntake first = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, Map.of())) {
            assertThatThrownBy(() -> RunningIntake.anotherNode(dir.resolve("b"), first, false))
                    .hasStackTraceContaining("This node's pepper in")
                    .hasStackTraceContaining("Copy pepper from a running node's data folder");
            try (RunningIntake copied = RunningIntake.anotherNode(dir.resolve("c"), first)) {
                assertThat(copied.bean(IntakeKeys.class).pepper()).isEqualTo(first.bean(IntakeKeys.class).pepper());
            }
        }
    }

    @Test
    void twoNodesImportingOneReplyBatchAtOnceStoreItOnceAndNeitherFails() throws Exception {
        try (RunningIntake first = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, Map.of());
             RunningIntake second = RunningIntake.anotherNode(dir.resolve("b"), first)) {
            LookupTag thread = new LookupTag(HexFormat.of().formatHex(new byte[32]).replace('0', 'b'));
            first.bean(EnvelopeStore.class).createThread(thread, Instant.now().truncatedTo(ChronoUnit.HOURS));
            Path batch = Batches.replyBatch(dir.resolve("replies.zip"), first.deskSigningKey(), thread.hex(),
                    AgeIdentity.generateHybrid().recipient().value(), "a synthetic reply", SubmitterStatus.UNDER_REVIEW);
            for (int round = 0; round < 5; round++) {
                Path copy = Files.copy(batch, dir.resolve("replies-" + round + ".zip"));
                ExecutorService pool = Executors.newFixedThreadPool(2);
                CountDownLatch start = new CountDownLatch(1);
                Future<ReplyImport.Result> one = pool.submit(() -> {
                    start.await();
                    return first.bean(ReplyImport.class).importBatch(copy);
                });
                Future<ReplyImport.Result> other = pool.submit(() -> {
                    start.await();
                    return second.bean(ReplyImport.class).importBatch(copy);
                });
                start.countDown();
                List<ReplyImport.Result> results = List.of(one.get(), other.get());
                pool.shutdown();
                assertThat(results.stream().mapToInt(ReplyImport.Result::stored).sum()).isEqualTo(round == 0 ? 1 : 0);
            }
            assertThat(first.bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("select count(*) from reply").query(Long.class).single()).isEqualTo(1);
        }
    }

    private static List<String> store(EnvelopeStore store, LookupTag thread, Instant hour, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] sealed = new byte[64 + ThreadLocalRandom.current().nextInt(64)];
            ThreadLocalRandom.current().nextBytes(sealed);
            String id = "f-" + HexFormat.of().formatHex(sealed, 0, 16);
            store.add(thread, new NewEnvelope(id, EnvelopeKind.FOLLOWUP, sealed), hour);
            ids.add(id);
        }
        return ids;
    }
}
