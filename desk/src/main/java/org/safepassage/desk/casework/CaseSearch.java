package org.safepassage.desk.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.registration.WireEnum;
import org.safepassage.desk.search.Candidates;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.search.SearchCandidates;
import org.safepassage.desk.search.RegistrationFilters;
import org.safepassage.desk.search.SearchText;
import org.safepassage.desk.search.SqlConditions;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case list, searched and filtered: by case number; by state and assignee; and by what its
 * registrations hold (ids, names through their search keys, organisation, unit, urgency, risk,
 * campaign). A merged case shows only when its state is asked for.
 */
@Repository
public class CaseSearch {

    private final JdbcClient jdbc;
    private final SearchCandidates candidates;

    public CaseSearch(JdbcClient jdbc, SearchCandidates candidates) {
        this.jdbc = jdbc;
        this.candidates = candidates;
    }

    /** One page of cases, newest activity first, with how many match in all; {@code me} resolves "assigned to me". */
    public Found find(Compartment compartment, Filter filter, long me, int pageSize, int page) {
        Candidates found = candidates.of(filter.search(), filter);
        if (found.isEmpty()) {
            return new Found(List.of(), 0);
        }
        SqlConditions where = conditions(compartment, filter, me, found);
        String from = " from case_file c join team t on t.id = c.team_id left join staff s on s.id = c.assignee_id";
        long total = jdbc.sql("select count(*)" + from + where.where()).params(where.params()).query(Long.class).single();
        List<CaseFile> files = jdbc.sql("select c.*, t.name as team_name, s.username as assignee_name" + from + where.where()
                        + " order by c.updated_at desc, c.id desc limit ? offset ?")
                .params(where.params(pageSize, (long) page * pageSize)).query(CaseStore::caseFile).list();
        return new Found(rows(files), total);
    }

    private static SqlConditions conditions(Compartment compartment, Filter filter, long me, Candidates found) {
        SqlConditions where = new SqlConditions().add(Compartment.condition("c.team_id"), compartment.sqlTeam(), compartment.sqlTeam());
        Optional<CaseState> state = state(filter.state());
        if (state.isPresent()) {
            where.add("c.state = ?", state.get().name());
        } else {
            where.add("c.state <> ?", CaseState.MERGED.name());
        }
        if (filter.assignee() != null) {
            switch (filter.assignee()) {
                case "me" -> where.add("c.assignee_id = ?", me);
                case "nobody" -> where.add("c.assignee_id is null");
                default -> where.add("s.username = ?", filter.assignee());
            }
        }
        SearchText search = filter.search();
        if (search.kind() == SearchText.Kind.CASE) {
            where.add("c.id = ?", Long.parseLong(search.value()));
        }
        SqlConditions ofRegistration = new SqlConditions().add("r.case_id is not null");
        RegistrationFilters.apply(ofRegistration, filter);
        if (ofRegistration.size() > 1 || !found.isAll()) {
            List<Object> params = new ArrayList<>(List.of(found.params()));
            params.addAll(List.of(ofRegistration.params()));
            where.add("c.id in (select r.case_id from " + found.from() + " left join assessment a on a.registration_id = r.id"
                    + ofRegistration.where() + ")", params.toArray());
        }
        return where;
    }

    public static Optional<CaseState> state(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(CaseState.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** What the list shows of each case's registrations: how many, organisations, the most urgent, ranks. */
    private List<CaseRow> rows(List<CaseFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Map<Long, Summary> summaries = new LinkedHashMap<>();
        files.forEach(file -> summaries.put(file.id(), new Summary()));
        jdbc.sql("select case_id, organization, urgency, rank_text from registration where case_id in (:ids) order by received_at, id")
                .param("ids", files.stream().map(CaseFile::id).toList())
                .query(row -> {
                    Summary summary = summaries.get(row.getLong("case_id"));
                    summary.count++;
                    WireEnum.fromWire(Organization.class, row.getString("organization")).ifPresent(summary.organisations::add);
                    if (row.getString("rank_text") != null) {
                        summary.ranks.add(row.getString("rank_text"));
                    }
                    WireEnum.fromWire(Urgency.class, row.getString("urgency")).ifPresent(urgency -> {
                        if (summary.urgency == null || urgency.ordinal() > summary.urgency.ordinal()) {
                            summary.urgency = urgency;
                        }
                    });
                });
        List<CaseRow> rows = new ArrayList<>(files.size());
        for (CaseFile file : files) {
            Summary summary = summaries.get(file.id());
            rows.add(new CaseRow(file, summary.count, List.copyOf(summary.organisations), summary.urgency, List.copyOf(summary.ranks)));
        }
        return rows;
    }

    private static final class Summary {
        int count;
        final Set<Organization> organisations = new LinkedHashSet<>();
        final Set<String> ranks = new LinkedHashSet<>();
        Urgency urgency;
    }

    /** A case as the list shows it. */
    public record CaseRow(CaseFile file, int registrations, List<Organization> organisations, Urgency urgency, List<String> ranks) {
    }

    public record Found(List<CaseRow> cases, long total) {
    }
}
