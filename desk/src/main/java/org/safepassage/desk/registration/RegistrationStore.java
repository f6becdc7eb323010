package org.safepassage.desk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opened registrations and the submitter threads they came on. Every read by a reader takes their
 * {@link Compartment}: a registration of another team is simply not found.
 */
@Repository
public class RegistrationStore {

    private final JdbcClient jdbc;

    public RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many registrations {@link #forEachPage} reads at once. */
    private static final int PAGE = 10_000;

    /**
     * Every registration held, in pages in id order, parsed: for work over everything (linking index,
     * screening, vetting) without holding every document's text at once.
     */
    public void forEachPage(Consumer<List<Registration>> page) {
        forEachReadingPage(readings -> page.accept(readings.stream().map(RegistrationReading::registration).toList()));
    }

    /** As {@link #forEachPage}, with each registration's fields set aside under the reading rules. */
    public void forEachReadingPage(Consumer<List<RegistrationReading>> page) {
        String after = "";
        while (true) {
            List<String[]> rows = jdbc.sql("select registration_id, document from registration_document where registration_id > ? "
                            + "order by registration_id limit ?")
                    .params(after, PAGE).query((row, n) -> new String[] {row.getString("registration_id"), row.getString("document")})
                    .list();
            page.accept(rows.stream().map(row -> RegistrationParser.read(row[1])).toList());
            if (rows.size() < PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1)[0];
        }
    }

    /** Records a submitter thread; a later registration may bring the reply recipient. */
    public void upsertThread(String tag, String replyRecipient) {
        boolean exists = jdbc.sql("select count(*) from submitter_thread where tag = ?").param(tag)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into submitter_thread (tag, reply_recipient) values (?, ?)").params(tag, replyRecipient).update();
        } else if (replyRecipient != null) {
            jdbc.sql("update submitter_thread set reply_recipient = ? where tag = ? and reply_recipient is null")
                    .params(replyRecipient, tag).update();
        }
    }

    /** Records the thread of a packet received directly, named by the packet's lookup key (see V6 migration). */
    public void upsertLookupKeyThread(String lookupKeyHex, String replyRecipient) {
        upsertThread(lookupKeyHex, replyRecipient);
        jdbc.sql("update submitter_thread set addressed_by_lookup_key = true where tag = ?").param(lookupKeyHex).update();
    }

    public Optional<String> replyRecipient(String tag) {
        return jdbc.sql("select reply_recipient from submitter_thread where tag = ?").param(tag)
                .query(String.class).optional();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from registration where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The partner's list a thread's registration came in, if it came in one. */
    public Optional<String> listOfThread(String tag) {
        return jdbc.sql("select list_name from registration where thread_tag = ? and list_name is not null").param(tag)
                .query(String.class).list().stream().findFirst();
    }

    /** The names of the partners' lists the compartment's registrations came in, in order. */
    public List<String> listNames(Compartment compartment) {
        return jdbc.sql("select distinct list_name from registration where list_name is not null and "
                        + Compartment.condition("team_id") + " order by list_name")
                .params(compartment.sqlTeam(), compartment.sqlTeam()).query(String.class).list();
    }

    /** The documents held under these ids, by id; an id no registration has is not in the map. */
    public Map<String, String> documents(Collection<String> ids) {
        Map<String, String> documents = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select registration_id, document from registration_document where registration_id in (:ids)")
                    .param("ids", List.copyOf(ids))
                    .query(row -> {
                        documents.put(row.getString("registration_id"), row.getString("document"));
                    });
        }
        return documents;
    }

    public void insert(Registration registration, String threadTag, long teamId, String batchId, String document,
                       Instant importedAt) {
        insert(registration, threadTag, teamId, batchId, null, document, importedAt);
    }

    /** A registration of a partner's list, stored with the list's name ({@code listName}) besides. */
    public void insert(Registration registration, String threadTag, long teamId, String batchId, String listName, String document,
                       Instant importedAt) {
        jdbc.sql("insert into registration (id, thread_tag, team_id, received_at, imported_at, batch_id, list_name, organization, "
                        + "rank_text, urgency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(registration.id(), threadTag, teamId, Timestamp.from(registration.receivedAt()),
                        Timestamp.from(importedAt), batchId, listName,
                        registration.service() == null || registration.service().organization() == null ? null
                                : registration.service().organization().wireName(),
                        registration.service() == null ? null : truncate(registration.service().rank(), 200),
                        registration.urgency() == null ? null : registration.urgency().wireName())
                .update();
        jdbc.sql("insert into registration_document (registration_id, document) values (?, ?)").params(registration.id(), document)
                .update();
    }

    /** Of these ids, those of registrations in the compartment and on no case. */
    public Set<String> waiting(Collection<String> ids, Compartment compartment) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select id from registration where id in (:ids) and case_id is null "
                        + "and (cast(:team as bigint) is null or team_id = :team)")
                .param("ids", List.copyOf(ids)).param("team", compartment.sqlTeam()).query(String.class).list());
    }

    /** Registrations with their documents; the rows alone are narrow, for lists that filter thousands. */
    private static final String WITH_DOCUMENT = "select r.*, d.document from registration r "
            + "join registration_document d on d.registration_id = r.id ";

    public Optional<StoredRegistration> find(String id, Compartment compartment) {
        return jdbc.sql(WITH_DOCUMENT + "where r.id = ? and " + Compartment.condition("r.team_id"))
                .params(id, compartment.sqlTeam(), compartment.sqlTeam()).query(RegistrationStore::stored).optional();
    }

    public List<StoredRegistration> ofCase(long caseId, Compartment compartment) {
        return jdbc.sql(WITH_DOCUMENT + "where r.case_id = ? and " + Compartment.condition("r.team_id")
                        + " order by r.received_at, r.id")
                .params(caseId, compartment.sqlTeam(), compartment.sqlTeam())
                .query(RegistrationStore::stored).list();
    }

    /** These registrations with their documents, in the order of {@code ids} (a page chosen by a search). */
    public List<StoredRegistration> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, StoredRegistration> found = new java.util.HashMap<>();
        jdbc.sql(WITH_DOCUMENT + "where r.id in (:ids)").param("ids", ids).query(RegistrationStore::stored).list()
                .forEach(registration -> found.put(registration.id(), registration));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Links registrations to a case and moves them into the case's team. */
    public void attachToCase(List<String> ids, long caseId, long teamId) {
        for (String id : ids) {
            jdbc.sql("update registration set case_id = ?, team_id = ? where id = ?").params(caseId, teamId, id).update();
        }
    }

    public void moveCaseToTeam(long caseId, long teamId) {
        jdbc.sql("update registration set team_id = ? where case_id = ?").params(teamId, caseId).update();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static StoredRegistration stored(ResultSet row, int rowNum) throws SQLException {
        Long caseId = row.getObject("case_id") == null ? null : row.getLong("case_id");
        Double priority = row.getObject("priority") == null ? null : row.getDouble("priority");
        return new StoredRegistration(row.getString("id"), row.getString("thread_tag"), row.getLong("team_id"),
                caseId, row.getTimestamp("received_at").toInstant(),
                row.getTimestamp("imported_at").toInstant(), priority,
                RegistrationParser.parse(row.getString("document")));
    }
}
