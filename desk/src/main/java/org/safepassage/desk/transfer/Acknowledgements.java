package org.safepassage.desk.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which intake envelopes the desk holds and has not yet acknowledged. An envelope counts once it is
 * stored here (or was already); one that did not open is never acknowledged, so the intake keeps it.
 */
@Repository
public class Acknowledgements {

    private final JdbcClient jdbc;

    public Acknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that the desk holds this envelope of {@code intakeBatch}; a second note changes nothing. */
    public void held(BatchEntry entry, String intakeBatch) {
        if (jdbc.sql("select count(*) from intake_ack where envelope_id = ?").param(entry.id()).query(Long.class).single() == 0) {
            jdbc.sql("insert into intake_ack (envelope_id, sha256, intake_batch) values (?, ?, ?)")
                    .params(entry.id(), entry.sha256(), intakeBatch).update();
        }
    }

    /** The acknowledgements not yet sent, one per intake batch. */
    public List<Acknowledgement> pending() {
        Map<String, List<Acknowledgement.Held>> byBatch = new LinkedHashMap<>();
        jdbc.sql("select envelope_id, sha256, intake_batch from intake_ack where ack_batch is null order by intake_batch, envelope_id")
                .query((row, n) -> byBatch.computeIfAbsent(row.getString("intake_batch"), batch -> new ArrayList<>())
                        .add(new Acknowledgement.Held(row.getString("envelope_id"), row.getString("sha256").strip())))
                .list();
        List<Acknowledgement> pending = new ArrayList<>();
        byBatch.forEach((batch, held) -> {
            for (int from = 0; from < held.size(); from += Acknowledgement.MAX_ENVELOPES) {
                pending.add(Acknowledgement.of(batch, held.subList(from, Math.min(held.size(), from + Acknowledgement.MAX_ENVELOPES))));
            }
        });
        return pending;
    }

    public void sent(List<Acknowledgement> acknowledgements, String ackBatch) {
        for (Acknowledgement acknowledgement : acknowledgements) {
            for (Acknowledgement.Held held : acknowledgement.envelopes()) {
                jdbc.sql("update intake_ack set ack_batch = ? where envelope_id = ? and ack_batch is null")
                        .params(ackBatch, held.id()).update();
            }
        }
    }
}
