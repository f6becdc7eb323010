package org.safepassage.desk.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.desk.search.Candidates;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.search.SearchCandidates;
import org.safepassage.desk.search.RegistrationFilters;
import org.safepassage.desk.search.SearchKeys;
import org.safepassage.desk.search.SearchText;
import org.safepassage.desk.search.SqlConditions;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The triage queue, searched and filtered: registrations of the reader's compartment not on a case
 * and not marked planted, in queue order, a page at a time; a name search puts registrations whose
 * name is spelt as typed first.
 */
@Repository
public class QueueSearch {

    private static final String ASSESSMENT = " left join assessment a on a.registration_id = r.id";

    private final JdbcClient jdbc;
    private final SearchCandidates candidates;
    private final RegistrationStore registrations;

    public QueueSearch(JdbcClient jdbc, SearchCandidates candidates, RegistrationStore registrations) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.registrations = registrations;
    }

    /** One page of the queue under {@code filter}, with how many registrations match in all. */
    public Found find(Compartment compartment, Filter filter, int pageSize, int page) {
        SearchText search = filter.search().inQueue();
        Candidates candidates = this.candidates.of(search, filter);
        if (candidates.isEmpty()) {
            return new Found(List.of(), 0, Map.of());
        }
        SqlConditions where = base(compartment);
        RegistrationFilters.apply(where, filter);
        List<Object> countParams = new ArrayList<>(List.of(candidates.params()));
        countParams.addAll(List.of(where.params()));
        long total = jdbc.sql("select count(*) from " + candidates.from()
                        + (RegistrationFilters.readsAssessment(filter) ? ASSESSMENT : "") + where.where())
                .params(countParams.toArray()).query(Long.class).single();
        List<String> ids = pageIds(candidates, where, filter, pageSize, page);
        List<StoredRegistration> rows = registrations.inOrder(ids);
        return new Found(rows, total, matchedFields(rows, search));
    }

    /**
     * The ids of one page, in queue order, from the narrow rows (the documents of those fifty are read
     * afterwards). Unfiltered, the page is read from the queue-order index. Filtered, every match is
     * found first and then sorted: the inner query's {@code offset 0} keeps a planner from walking
     * the index in order and testing each registration, which it would think cheap but which reads
     * most of the queue when the matches (campaign members, high risk) cluster at the index's end.
     * A name search first puts registrations spelt as typed.
     */
    private List<String> pageIds(Candidates candidates, SqlConditions where, Filter filter, int pageSize, int page) {
        String order = "queue_suspect, priority desc nulls last, received_at, id";
        if (!filter.narrows()) {
            return jdbc.sql("select r.id from registration r" + where.where() + " order by r." + order.replace(", ", ", r.")
                            + " limit ? offset ?")
                    .params(where.params(pageSize, (long) page * pageSize)).query(String.class).list();
        }
        SearchText search = filter.search();
        boolean byName = search.kind() == SearchText.Kind.NAME;
        String spellingRank = byName
                ? "case when exists (select 1 from registration_name_key n where n.registration_id = r.id and n.field in ("
                        + SearchCandidates.NAME_FIELDS + ") and n.folded = ?) then 0 else 1 end"
                : "0";
        // parameters in the order of the text: the spelling rank's, the candidates', the where clause's, the page's
        List<Object> params = new ArrayList<>();
        if (byName) {
            params.add(search.folded());
        }
        params.addAll(List.of(candidates.params()));
        params.addAll(List.of(where.params(pageSize, (long) page * pageSize)));
        return jdbc.sql("select id from (select r.id, r.queue_suspect, r.priority, r.received_at, " + spellingRank
                        + " as spelling_rank from " + candidates.from()
                        + (RegistrationFilters.readsAssessment(filter) ? ASSESSMENT : "") + where.where() + " offset 0) q"
                        + " order by spelling_rank, " + order + " limit ? offset ?")
                .params(params.toArray()).query(String.class).list();
    }

    /** How many registrations wait in the queue of a compartment. */
    public long depth(Compartment compartment) {
        SqlConditions where = base(compartment);
        return jdbc.sql("select count(*) from registration r" + where.where()).params(where.params()).query(Long.class).single();
    }

    /**
     * What every queue row is: on no case, in the compartment, not marked planted. "On no case" is
     * written {@code (… is null) = true} on purpose: PostgreSQL reads it as {@code is null} and
     * estimates it from its statistics (almost every registration), while H2 uses no index for it,
     * so that a search's candidates, found through their own indexes, are what narrows.
     */
    private static SqlConditions base(Compartment compartment) {
        return new SqlConditions()
                .add("(r.case_id is null) = true")
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
                    if (search.kind() == SearchText.Kind.NAME ? field != SearchKeys.Field.NATIONAL_ID && field != SearchKeys.Field.UNIT
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
