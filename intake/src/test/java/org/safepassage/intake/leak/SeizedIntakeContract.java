package org.safepassage.intake.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RawHttp;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.submitter.ReplyExpiry;
import org.safepassage.intake.system.IntakeKeys;
import org.safepassage.intake.transfer.ReplyImport;

/**
 * What a seized intake gives away, checked by listing it: after real submissions (with files,
 * a follow-up, a reply and a return visit), neither the database, nor the log, nor any file
 * written meanwhile holds a submitted string, a receipt, a client address, a user agent, or a
 * time finer than the hour. A positive control proves the search finds what is stored.
 */
abstract class SeizedIntakeContract {

    private static final String CLIENT_ADDRESS = "127.0.0.77";
    private static final String FORWARDED_ADDRESS = "198.51.100.23";

    @TempDir
    Path dir;

    abstract TestDatabase database();

    @Test
    void holdsNoPlaintextNoReceiptNoAddressNoUserAgentAndOnlyHourTimes() throws Exception {
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));
        String userAgent = "Mozilla/5.0 (SafePassageLeakProbe " + UUID.randomUUID() + ")";
        List<String> secrets = new ArrayList<>();
        String thread;
        String databaseUrl;
        try (RunningIntake intake = new RunningIntake(dir, database())) {
            databaseUrl = intake.databaseUrl();
            Submitter submitter = intake.submitter();
            String nameMarker = "Zaqwenko" + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> fields = new LinkedHashMap<>(RegistrationFields.persian("روایت‌محرمانه-" + nameMarker));
            fields.put("familyName", nameMarker);
            String fileMarker = "attached-file-content-" + UUID.randomUUID();
            String receipt = submitter.register(fields, Map.of("passport-" + nameMarker + ".jpg", fileMarker.getBytes()));
            secrets.addAll(List.of(nameMarker, "روایت‌محرمانه-" + nameMarker, fileMarker, "passport-" + nameMarker,
                    "نمونه‌زاده", "گزارش‌های عملیاتی یگان", "1234567891", receipt, receipt.replace(" ", "")));

            secrets.add(submitter.sessionId()); // the cookie's id, which the session's keys come from
            submitter.openThread(receipt);
            secrets.add(submitter.sessionId()); // and the new one once the receipt opened the thread
            String followUpMarker = "followup-" + UUID.randomUUID();
            submitter.followUp(followUpMarker, Map.of());
            secrets.add(followUpMarker);

            String rawMarker = "raw-" + UUID.randomUUID();
            String raw = new RawHttp(CLIENT_ADDRESS, intake.base(), Map.of("User-Agent", userAgent,
                    "X-Forwarded-For", FORWARDED_ADDRESS, "Forwarded", "for=" + FORWARDED_ADDRESS))
                    .registerThroughForm(RegistrationFields.persian(rawMarker));
            assertThat(raw).startsWith("HTTP/1.1 302").contains("/receipt");
            secrets.add(rawMarker);

            var exported = Batches.exportAndOpen(intake, dir.resolve("exported.zip"));
            var registration = exported.stream().filter(o -> o.text().contains(nameMarker)).findFirst().orElseThrow();
            thread = registration.entry().thread();
            String replyMarker = "reply-" + UUID.randomUUID();
            intake.bean(ReplyImport.class).importBatch(Batches.replyBatch(dir.resolve("replies.zip"), intake.deskSigningKey(),
                    thread, registration.entry().replyTo(), replyMarker, SubmitterStatus.UNDER_REVIEW));
            secrets.add(replyMarker);
            assertThat(submitter.openThread(receipt).text()).contains(replyMarker);
            Files.delete(dir.resolve("exported.zip"));
            Files.delete(dir.resolve("replies.zip"));
        }

        StoredBytes database = StoredBytes.rows(databaseUrl);
        StoredBytes files = database().equals(TestDatabase.H2)
                ? StoredBytes.files(dir) : StoredBytes.files(dir.resolve("intake.log"), dir.resolve("intake-data"));
        StoredBytes temporary = StoredBytes.filesWrittenSince(Path.of(System.getProperty("java.io.tmpdir")), started);

        assertThat(database.whereContains(thread)).as("positive control: the lookup tag is stored").isNotEmpty();
        if (database().equals(TestDatabase.H2)) {
            assertThat(files.whereContains(thread)).as("positive control: the H2 file holds the tag").isNotEmpty();
        }
        assertThat(Files.readString(dir.resolve("intake.log"))).as("positive control: the log was written").contains("Started");
        if (database().equals(TestDatabase.POSTGRES)) {
            try (Connection connection = DriverManager.getConnection(databaseUrl);
                 Statement statement = connection.createStatement()) {
                assertThat(ids(statement, "select row_key from submitter_session"))
                        .as("positive control: on PostgreSQL the sessions were shared through the database").isNotEmpty();
            }
        }

        List<String> forbidden = new ArrayList<>(secrets);
        forbidden.addAll(List.of(CLIENT_ADDRESS, FORWARDED_ADDRESS, userAgent, "SafePassageLeakProbe"));
        for (String secret : forbidden) {
            assertThat(database.whereContains(secret)).as("database rows holding " + secret).isEmpty();
            assertThat(files.whereContains(secret)).as("files holding " + secret).isEmpty();
        }
        for (String secret : secrets) {
            assertThat(temporary.whereContains(secret)).as("temporary files holding " + secret).isEmpty();
        }
        assertOnlyHourTimes(databaseUrl);
    }

    /**
     * The retention claim of docs/threat-model.md, checked by listing the database: once the desk has
     * acknowledged envelopes and replies have expired, a seized intake holds the ciphertext of
     * envelopes not yet acknowledged, lookup tags (with reply recipients), reply ciphertext within
     * the retention, and hour-granular times: nothing else.
     */
    @Test
    void afterAcknowledgementAndReplyExpiryOnlyTheUnacknowledgedCiphertextTagsAndHoursRemain() throws Exception {
        String databaseUrl;
        Map<String, byte[]> acknowledgedCiphertext = new LinkedHashMap<>();
        Set<String> kept = new HashSet<>();
        try (RunningIntake intake = new RunningIntake(dir, database())) {
            databaseUrl = intake.databaseUrl();
            Submitter first = intake.submitter();
            String firstReceipt = first.register(RegistrationFields.persian("acknowledged-1"),
                    Map.of("scan.jpg", "acknowledged attachment".getBytes()));
            intake.submitter().register(RegistrationFields.persian("acknowledged-2"), Map.of());
            intake.submitter().register(RegistrationFields.persian("held-back"), Map.of());

            Path exportedFile = dir.resolve("exported.zip");
            var exported = Batches.exportAndOpen(intake, exportedFile);
            String intakeBatch;
            try (var batch = new BatchReader(intake.bean(IntakeKeys.class).signingKey().verifyingKey(), BatchOrigin.INTAKE)
                    .verify(exportedFile)) {
                intakeBatch = batch.batchId();
                for (var entry : batch.entries()) {
                    byte[] sealed = batch.envelope(entry);
                    boolean heldBack = exported.stream().anyMatch(o -> o.entry().id().equals(entry.id()) && o.text().contains("held-back"));
                    if (heldBack) {
                        kept.add(entry.id());
                    } else {
                        acknowledgedCiphertext.put(entry.id(), sealed);
                    }
                }
            }
            List<Acknowledgement.Held> held = new ArrayList<>();
            exported.stream().filter(o -> acknowledgedCiphertext.containsKey(o.entry().id()))
                    .forEach(o -> held.add(new Acknowledgement.Held(o.entry().id(), o.entry().sha256())));
            // The desk names the held-back envelope with a wrong hash: the intake must keep it.
            String heldBackId = kept.iterator().next();
            held.add(new Acknowledgement.Held(heldBackId, "0".repeat(64)));
            var acknowledged = intake.bean(ReplyImport.class).importBatch(
                    Batches.ackBatch(dir.resolve("ack.zip"), intake.deskSigningKey(), intakeBatch, held));
            assertThat(acknowledged.deleted()).isEqualTo(acknowledgedCiphertext.size()).isEqualTo(3);

            var firstRegistration = exported.stream().filter(o -> o.text().contains("acknowledged-1")).findFirst().orElseThrow();
            intake.bean(ReplyImport.class).importBatch(Batches.replyBatch(dir.resolve("replies.zip"), intake.deskSigningKey(),
                    firstRegistration.entry().thread(), firstRegistration.entry().replyTo(), "reply that expires",
                    SubmitterStatus.UNDER_REVIEW));
            assertThat(first.openThread(firstReceipt).text()).contains("reply that expires");
            String unexported = intake.submitter().register(RegistrationFields.persian("not-yet-exported"), Map.of());
            assertThat(unexported).isNotBlank();

            assertThat(intake.bean(ReplyExpiry.class).expireAsOf(Instant.now().plus(Duration.ofDays(91)))).isEqualTo(1);
            Document thread = first.openThread(firstReceipt);
            assertThat(thread.select("#status").text()).as("the thread outlives its envelopes and replies").isNotEmpty();
            assertThat(thread.text()).doesNotContain("reply that expires");
            Files.delete(exportedFile);
        }

        StoredBytes database = StoredBytes.rows(databaseUrl);
        for (Map.Entry<String, byte[]> gone : acknowledgedCiphertext.entrySet()) {
            assertThat(database.whereContains(gone.getValue())).as("acknowledged envelope " + gone.getKey()).isEmpty();
            assertThat(database.whereContains(gone.getKey())).as("even its id").isEmpty();
        }
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement()) {
            assertThat(ids(statement, "select id from envelope where kind <> 'followup'")).as("envelopes left").hasSize(2)
                    .containsAll(kept);
            assertThat(ids(statement, "select id from envelope where kind = 'followup'"))
                    .as("and the sealed note that a receipt opened its thread this hour, sized like any follow-up").hasSize(1);
            assertThat(ids(statement, "select id from reply")).as("replies left").isEmpty();
            assertThat(ids(statement, "select tag from thread")).as("threads left").hasSize(4);
            assertThat(columns(connection)).as("everything the intake can hold").containsExactlyInAnyOrder(
                    "thread.row_key", "thread.tag", "thread.created_hour",
                    "envelope.id", "envelope.thread_tag", "envelope.kind", "envelope.received_hour", "envelope.size_bytes",
                    "envelope.content", "envelope.reply_recipient",
                    // which batch an envelope went out in, until the desk acknowledges it
                    "envelope_claim.envelope_id", "envelope_claim.batch_id",
                    "reply.id", "reply.thread_tag", "reply.received_hour", "reply.content",
                    "batch_log.batch_id", "batch_log.direction", "batch_log.batch_hour", "batch_log.envelope_count",
                    // whether a node holds the deployment's pepper and key: an HMAC of a fixed label, a key fingerprint
                    "deployment.item", "deployment.check_value",
                    // the flood guard shared by the nodes: a random name of each running node, its count of
                    // unadmitted arrivals in the last minute, and a beat counted up each second (no time)
                    "flood_count.node", "flood_count.per_minute", "flood_count.beat",
                    // sessions shared by the nodes: under an HMAC of the cookie's id, sealed under a key derived from
                    // it and the pepper, with a version and the shared minute count of their last use (no time)
                    "submitter_session.row_key", "submitter_session.sealed", "submitter_session.version",
                    "submitter_session.seen",
                    // admission challenges spent at any node, by HMAC, with the minute count they were spent in
                    "spent_challenge.tag", "spent_challenge.seen",
                    // the nodes' shared count of minutes passing, moved on by one each minute (no time)
                    "minute_count.name", "minute_count.count");
        }
    }

    private static List<String> ids(Statement statement, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getString(1).strip());
            }
        }
        return ids;
    }

    /** Every column of every table of the intake's own (Flyway's history aside). */
    private static List<String> columns(Connection connection) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME").toLowerCase();
                if (schema != null && (schema.toLowerCase().startsWith("information_schema") || schema.startsWith("pg_"))
                        || table.startsWith("flyway")) {
                    continue;
                }
                columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return columns;
    }

    private static void assertOnlyHourTimes(String databaseUrl) throws Exception {
        Map<String, String> timeColumns = Map.of("thread", "created_hour", "envelope", "received_hour",
                "reply", "received_hour", "batch_log", "batch_hour");
        try (Connection connection = DriverManager.getConnection(databaseUrl)) {
            for (Map.Entry<String, String> column : timeColumns.entrySet()) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select " + column.getValue() + " from " + column.getKey())) {
                    int rows = 0;
                    while (rs.next()) {
                        Instant time = rs.getTimestamp(1).toInstant();
                        assertThat(time).as(column.getKey() + "." + column.getValue()).isEqualTo(time.truncatedTo(ChronoUnit.HOURS));
                        rows++;
                    }
                    assertThat(rows).as("rows in " + column.getKey()).isPositive();
                }
            }
        }
    }
}
