package org.safepassage.desk.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.search.RegistrationFilters;
import org.safepassage.desk.search.SearchKeys;
import org.safepassage.desk.search.SearchText;
import org.safepassage.desk.search.SqlConditions;
import org.safepassage.desk.system.Compartment;
import org.safepassage.vetting.assess.SignalWeights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The triage queue, searched and filtered: registrations of the reader's compartment not on a case
 * and not marked planted, in queue order, a page at a time; a name search puts registrations whose
 * name is spelt as typed first.
 */
@Repository
public class QueueSearch {

    private final JdbcClient jdbc;

    public QueueSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the queue under {@code filter}, with how many registrations match in all. */
    public Found find(Compartment compartment, Filter filter, int pageSize, int page) {
        SearchText search = filter.search();
        SqlConditions where = base(compartment);
        RegistrationFilters.apply(where, filter, search);
        String from = " from registration r left join assessment a on a.registration_id = r.id";
        long total = jdbc.sql("select count(*)" + from + where.where()).params(where.params()).query(Long.class).single();
        boolean byName = search.kind() == SearchText.Kind.NAME;
        // A name search ranks registrations spelt as typed first; that rank's parameter comes before
        // the where clause's in the text, and so in the parameters.
        String spellingRank = byName
                ? "case when exists (select 1 from registration_name_key k where k.registration_id = r.id and k.folded = ?) "
                        + "then 0 else 1 end"
                : "0";
        List<Object> params = new ArrayList<>();
        if (byName) {
            params.add(search.folded());
        }
        params.addAll(List.of(where.params(pageSize, (long) page * pageSize)));
        String sql = "select * from (select r.*, " + spellingRank + " as spelling_rank, "
                + "case when a.planted_risk >= " + SignalWeights.defaults().suspectRisk() + " then 1 else 0 end as suspect"
                + from + where.where() + ") r order by spelling_rank, suspect, r.priority desc nulls last, r.received_at, r.id "
                + "limit ? offset ?";
        List<StoredRegistration> rows = jdbc.sql(sql).params(params.toArray()).query(RegistrationStore::stored).list();
        return new Found(rows, total, matchedFields(rows, search));
    }

    /** How many registrations wait in the queue of a compartment. */
    public long depth(Compartment compartment) {
        SqlConditions where = base(compartment);
        return jdbc.sql("select count(*) from registration r" + where.where()).params(where.params()).query(Long.class).single();
    }

    private static SqlConditions base(Compartment compartment) {
        return new SqlConditions()
                .add("r.case_id is null")
                .add(Compartment.condition("r.team_id"), compartment.sqlTeam(), compartment.sqlTeam())
                .add("not exists (select 1 from planted_mark m where m.registration_id = r.id)");
    }

    /** For a name or national-ID search: which field of each registration shown matched (never its value). */
    private Map<String, Set<String>> matchedFields(List<StoredRegistration> rows, SearchText search) {
        Map<String, Set<String>> matched = new LinkedHashMap<>();
        if (rows.isEmpty() || !search.searchesMaskedField()) {
            return matched;
        }
        List<String> skeletons = search.kind() == SearchText.Kind.NAME ? search.skeletons() : List.of(search.value());
        List<Object> params = new ArrayList<>(skeletons);
        rows.forEach(row -> params.add(row.id()));
        jdbc.sql("select registration_id, field from registration_name_key where skeleton in ("
                        + RegistrationFilters.placeholders(skeletons.size()) + ") and registration_id in ("
                        + RegistrationFilters.placeholders(rows.size()) + ")")
                .params(params.toArray())
                .query(row -> {
                    SearchKeys.Field field = SearchKeys.Field.ofColumn(row.getString("field"));
                    if (search.kind() == SearchText.Kind.NAME ? field != SearchKeys.Field.NATIONAL_ID
                            : field == SearchKeys.Field.NATIONAL_ID) {
                        matched.computeIfAbsent(row.getString("registration_id"), id -> new LinkedHashSet<>()).add(field.words());
                    }
                });
        return matched;
    }

    /** A page of registrations, how many match in all, and for a masked search what matched in each. */
    public record Found(List<StoredRegistration> registrations, long total, Map<String, Set<String>> matchedFields) {

        public Set<String> matched(String registrationId) {
            return matchedFields.getOrDefault(registrationId, Set.of());
        }
    }
}
