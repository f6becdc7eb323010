package org.safepassage.desk.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safepassage.desk.casework.CaseState;
import org.safepassage.desk.casework.CaseStore;
import org.safepassage.desk.messaging.MessageStore;
import org.safepassage.desk.registration.QueueSearch;
import org.safepassage.desk.system.Words;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.consistency.RankTable;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Figures of the reader's compartment (every team for admins), charts drawn as SVG by the server. */
@Controller
public class DashboardController {

    private static final int DAYS = 30;

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final QueueSearch queue;
    private final Words words;
    private final MessageStore messages;
    private final Clock clock;

    public DashboardController(JdbcClient jdbc, CaseStore cases, QueueSearch queue, MessageStore messages, Words words,
                               Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.queue = queue;
        this.words = words;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(Compartment team, Model model) {
        model.addAttribute("perDay", SvgBarChart.columns("Registrations per day, last " + DAYS + " days", perDay(team)));
        model.addAttribute("byState", SvgBarChart.horizontal("Cases by state", cases.countByState(team).stream()
                .map(count -> new SvgBarChart.Bar(CaseState.valueOf(count.label()).label(), count.count())).toList()));
        model.addAttribute("byOrganisation", SvgBarChart.horizontal("Cases by organisation",
                cases.countByOrganisation(team).stream().map(c -> new SvgBarChart.Bar(
                        "unstated".equals(c.label()) ? "unstated" : words.organisation(c.label()).english(), c.count())).toList()));
        model.addAttribute("byRank", SvgBarChart.horizontal("Registrations by stated rank (top 10)", byRank(team)));
        model.addAttribute("queueDepth", queue.depth(team));
        model.addAttribute("outbox", messages.outboxSize(team));
        return "dashboard";
    }

    private List<SvgBarChart.Bar> perDay(Compartment team) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.sql("select cast(received_at as date) as received_day, count(*) as n from registration "
                        + "where received_at >= ? and " + Compartment.condition("team_id") + " group by cast(received_at as date)")
                .params(java.sql.Timestamp.valueOf(first.atStartOfDay()), team.sqlTeam(), team.sqlTeam())
                .query(row -> {
                    Date day = row.getDate("received_day");
                    counts.put(day.toLocalDate(), row.getLong("n"));
                });
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            bars.add(new SvgBarChart.Bar(day.toString().substring(5), counts.getOrDefault(day, 0L)));
        }
        return bars;
    }

    /**
     * Registrations by rank, a rank counted once whatever its spelling: each written rank is read
     * with the vetting rank table (گروهبان دوم, Sergeant second class and Goruhban dovvom are one
     * rank); a rank the table does not know is counted as written, its spacing and case evened out.
     */
    private List<SvgBarChart.Bar> byRank(Compartment team) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select rank_text, count(*) as n from registration where " + Compartment.condition("team_id")
                        + " group by rank_text")
                .params(team.sqlTeam(), team.sqlTeam())
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> counts.merge(rankName(row.getString("rank_text")), row.getLong("n"), Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(e -> new SvgBarChart.Bar(e.getKey(), e.getValue())).toList();
    }

    static String rankName(String written) {
        if (written == null || written.isBlank()) {
            return "unstated";
        }
        Rank rank = RankTable.get().find(written);
        if (rank != null) {
            return rank.english();
        }
        String plain = written.strip().replaceAll("\\s+", " ");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain.toLowerCase(java.util.Locale.ROOT);
    }
}
