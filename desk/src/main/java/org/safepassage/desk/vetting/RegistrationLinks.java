package org.safepassage.desk.vetting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.core.registration.Registration;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.transfer.ImportListener;
import org.safepassage.vetting.link.IncrementalLinker;
import org.safepassage.vetting.link.Link;
import org.safepassage.vetting.link.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links every imported registration against everything the desk holds, as the import finishes.
 * The linker's index is built from the database on first use and then kept in memory; the links
 * it finds are stored with their reasons and shown on the triage queue and case pages.
 */
@Service
public class RegistrationLinks implements ImportListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationLinks.class);

    private final JdbcClient jdbc;
    private final RegistrationStore registrations;
    private final TransactionTemplate transaction;
    private IncrementalLinker linker;

    private final VettingWeights weights;

    public RegistrationLinks(JdbcClient jdbc, RegistrationStore registrations, TransactionTemplate transaction,
                             VettingWeights weights) {
        this.weights = weights;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.transaction = transaction;
    }

    @Override
    public synchronized void stored(List<Registration> fresh) {
        if (linker == null) {
            linker = new IncrementalLinker(weights.get().linkage());
            Set<String> skip = new HashSet<>(fresh.stream().map(Registration::id).toList());
            int[] held = {0};
            registrations.forEachPage(page -> {
                List<PersonRecord> records = page.stream().filter(r -> !skip.contains(r.id()))
                        .map(r -> PersonRecord.of(0, r)).toList();
                linker.hold(records); // links among those held were stored when they arrived
                held[0] += records.size();
            });
            log.info("Vetting index built from {} registrations held", held[0]);
        }
        List<Link> links = linker.add(fresh.stream().map(r -> PersonRecord.of(0, r)).toList());
        transaction.executeWithoutResult(status -> links.forEach(this::store));
    }

    private void store(Link link) {
        String a = link.a().compareTo(link.b()) <= 0 ? link.a() : link.b();
        String b = a.equals(link.a()) ? link.b() : link.a();
        boolean exists = jdbc.sql("select count(*) from registration_link where a = ? and b = ?").params(a, b)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into registration_link (a, b, weight, reasons, confirmed) values (?, ?, ?, ?, ?)")
                    .params(a, b, link.weight(), String.join("\n", link.reasons()), link.confirmed()).update();
        }
    }

    /** Links of a registration to others the reader may see (their team, or every team for admins). */
    public List<LinkedRegistration> of(String registrationId, Compartment compartment) {
        return jdbc.sql("select case when l.a = ? then l.b else l.a end as other, l.weight, l.reasons, l.confirmed, r.case_id "
                        + "from registration_link l join registration r on r.id = case when l.a = ? then l.b else l.a end "
                        + "join registration s on s.id = ? "
                        + "where (l.a = ? or l.b = ?) and " + Compartment.condition("r.team_id") + " and "
                        + Compartment.condition("s.team_id") + " order by l.weight desc")
                .params(registrationId, registrationId, registrationId, registrationId, registrationId,
                        compartment.sqlTeam(), compartment.sqlTeam(), compartment.sqlTeam(), compartment.sqlTeam())
                .query((row, n) -> new LinkedRegistration(registrationId, row.getString("other"), row.getDouble("weight"),
                        List.of(row.getString("reasons").split("\n")), row.getBoolean("confirmed"),
                        row.getObject("case_id") == null ? null : row.getLong("case_id")))
                .list();
    }

    /** How many links each of the registrations has to others the reader may see: one query for a page of the queue. */
    public Map<String, Integer> counts(List<String> registrationIds, Compartment compartment) {
        Map<String, Integer> counts = new HashMap<>();
        if (registrationIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select x.id, count(*) as n from (select a as id, b as other from registration_link where a in (:ids) "
                        + "union all select b as id, a as other from registration_link where b in (:ids)) x "
                        + "join registration r on r.id = x.other "
                        + "where (cast(:team as bigint) is null or r.team_id = :team) group by x.id")
                .param("ids", registrationIds)
                .param("team", compartment.sqlTeam())
                .query(row -> {
                    counts.put(row.getString("id"), row.getInt("n"));
                });
        return counts;
    }

    /**
     * A registration linked to another, why, whether only the person's own knowledge could have
     * made the link (unconfirmed: it rests on what anyone could copy), and the case the other is on, if any.
     */
    public record LinkedRegistration(String registration, String other, double weight, List<String> reasons, boolean confirmed,
                                     Long otherCase) {
    }
}
