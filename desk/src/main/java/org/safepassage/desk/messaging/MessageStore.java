package org.safepassage.desk.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.message.FollowUp;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups from submitters and replies to them, by submitter thread. */
@Repository
public class MessageStore {

    private final JdbcClient jdbc;

    public MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a follow-up once, with when the desk received it and, of the replies its writer had
     * seen, the one written last here (its place in the conversation).
     */
    public boolean addIncoming(FollowUp followUp, String threadTag, String document, Instant arrivedAt) {
        if (exists(followUp.id())) {
            return false;
        }
        String afterReply = null;
        if (followUp.repliesSeen() != null && !followUp.repliesSeen().isEmpty()) {
            afterReply = jdbc.sql("select id from message where direction = 'out' and thread_tag = :tag and id in (:ids) "
                            + "order by written_at desc, id desc limit 1")
                    .param("tag", threadTag).param("ids", followUp.repliesSeen()).query(String.class).optional().orElse(null);
        }
        jdbc.sql("insert into message (id, thread_tag, direction, written_at, body, document, arrived_at, after_reply, seen_known) "
                        + "values (?, ?, 'in', ?, ?, ?, ?, ?, ?)")
                .params(followUp.id(), threadTag, Timestamp.from(followUp.receivedAt()), followUp.message(), document,
                        Timestamp.from(arrivedAt), afterReply, followUp.repliesSeen() != null)
                .update();
        return true;
    }

    public void addOutgoing(String id, String threadTag, Instant at, long authorId, String body, String status, byte[] sealed) {
        jdbc.sql("insert into message (id, thread_tag, direction, written_at, author_id, body, status, sealed) "
                        + "values (?, ?, 'out', ?, ?, ?, ?, ?)")
                .params(id, threadTag, Timestamp.from(at), authorId, body, status, sealed).update();
    }

    /** The messages of these threads in the order of the conversation ({@link Conversation}). */
    public List<ThreadMessage> ofThreads(List<String> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        return Conversation.inOrder(jdbc.sql("select m.*, s.username from message m left join staff s on s.id = m.author_id "
                        + "where m.thread_tag in (:tags) order by m.written_at, m.id")
                .param("tags", tags).query(MessageStore::message).list());
    }

    /** Replies not yet exported, oldest first. */
    public List<Outgoing> outbox() {
        return jdbc.sql("select m.id, m.thread_tag, m.sealed, t.reply_recipient, t.addressed_by_lookup_key "
                        + "from message m join submitter_thread t on t.tag = m.thread_tag "
                        + "where m.direction = 'out' and m.export_batch is null order by m.written_at, m.id")
                .query((row, n) -> new Outgoing(row.getString("id"), row.getString("thread_tag"), row.getBytes("sealed"),
                        row.getString("reply_recipient"), row.getBoolean("addressed_by_lookup_key")))
                .list();
    }

    /** Replies waiting for the next batch to threads of the compartment's registrations. */
    public long outboxSize(Compartment compartment) {
        return jdbc.sql("select count(*) from message m where m.direction = 'out' and m.export_batch is null and exists "
                        + "(select 1 from registration r where r.thread_tag = m.thread_tag and " + Compartment.condition("r.team_id") + ")")
                .params(compartment.sqlTeam(), compartment.sqlTeam()).query(Long.class).single();
    }

    public void markExported(List<String> ids, String batchId) {
        for (String id : ids) {
            jdbc.sql("update message set export_batch = ? where id = ?").params(batchId, id).update();
        }
    }

    private boolean exists(String id) {
        return jdbc.sql("select count(*) from message where id = ?").param(id).query(Long.class).single() > 0;
    }

    private static ThreadMessage message(ResultSet row, int rowNum) throws SQLException {
        return new ThreadMessage(row.getString("id"), row.getString("thread_tag"), row.getString("direction"),
                row.getTimestamp("written_at").toInstant(), row.getString("username"), row.getString("body"),
                row.getString("status"), row.getString("document"), row.getString("export_batch"),
                row.getTimestamp("arrived_at") == null ? null : row.getTimestamp("arrived_at").toInstant(),
                row.getString("after_reply"), row.getBoolean("seen_known"));
    }

    /**
     * A reply waiting for export. {@code byLookupKey}: the thread is named by a packet's lookup key
     * (a packet the desk received directly), so the reply is addressed {@code key:<lookup key>}
     * with the reply recipient, for the intake to open the thread.
     */
    public record Outgoing(String id, String threadTag, byte[] sealed, String replyRecipient, boolean byLookupKey) {

        public String address() {
            return byLookupKey ? BatchEntry.LOOKUP_KEY_PREFIX + threadTag.strip() : threadTag;
        }
    }
}
