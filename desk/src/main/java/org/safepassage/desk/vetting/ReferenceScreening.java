package org.safepassage.desk.vetting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;
import org.safepassage.desk.transfer.ImportListener;
import org.safepassage.vetting.names.BirthYears;
import org.safepassage.vetting.screen.ReferenceEntity;
import org.safepassage.vetting.screen.ReferenceLists;
import org.safepassage.vetting.screen.Screener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Screens registrations against the reference lists admins upload: new registrations on every
 * import; everything held again (in the background) when a list is added.
 */
@Service
public class ReferenceScreening implements ImportListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceScreening.class);

    private final JdbcClient jdbc;
    private final RegistrationStore registrations;
    private final AuditLog audit;
    private final Clock clock;
    private final LongWork work;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-rescreening");
        thread.setDaemon(true);
        return thread;
    });
    private Screener screener;

    public ReferenceScreening(JdbcClient jdbc, RegistrationStore registrations, AuditLog audit, Clock clock, LongWork work) {
        this.work = work;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a list, rebuilds the screener and screens everything held again in the background. */
    public Uploaded upload(String fileName, byte[] content, String actor) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "reference list" : Path.of(fileName).getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<ReferenceEntity> entities = parse(name, content, problems::add);
        if (entities.isEmpty()) {
            throw new IOException("no person entities in " + name + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        }
        jdbc.sql("insert into reference_list (name, uploaded_at, uploaded_by, entity_count, content) values (?, ?, ?, ?, ?)")
                .params(name, Timestamp.from(clock.instant()), actor, entities.size(), content).update();
        synchronized (this) {
            screener = null;
        }
        audit.append(actor, AuditAction.REFERENCE_UPLOADED, "list:" + name, entities.size() + " persons");
        background.submit(() -> screenEverything(name));
        return new Uploaded(name, entities.size(), problems);
    }

    @Override
    public void stored(List<Registration> registrations) {
        Screener current = screener();
        if (current.size() == 0) {
            return;
        }
        registrations.forEach(registration -> screen(current, registration));
    }

    /** The hits of a registration in the reader's compartment (none for one outside it). */
    public List<Hit> hitsOf(String registrationId, Compartment compartment) {
        return jdbc.sql("select h.entity, h.score, h.reasons from screening_hit h join registration r on r.id = h.registration_id "
                        + "where h.registration_id = ? and " + Compartment.condition("r.team_id") + " order by h.score desc")
                .params(registrationId, compartment.sqlTeam(), compartment.sqlTeam())
                .query((row, n) -> new Hit(row.getString("entity"), row.getDouble("score"), List.of(row.getString("reasons").split("\n"))))
                .list();
    }

    public List<ListSummary> lists() {
        return jdbc.sql("select id, name, uploaded_at, uploaded_by, entity_count from reference_list order by uploaded_at desc")
                .query((row, n) -> new ListSummary(row.getString("name"), row.getTimestamp("uploaded_at").toInstant(),
                        row.getString("uploaded_by"), row.getInt("entity_count")))
                .list();
    }

    private void screenEverything(String listName) {
        Task task = work.start(Task.Kind.SCREENING, "every registration held, against " + listName, 0);
        try {
            Screener current = screener();
            long held = jdbc.sql("select count(*) from registration").query(Long.class).single();
            task.phase("screening by name and birth year", held);
            int[] screened = {0};
            registrations.forEachPage(page -> {
                page.forEach(registration -> screen(current, registration));
                screened[0] += page.size();
                task.advance(page.size());
            });
            long hits = jdbc.sql("select count(*) from screening_hit").query(Long.class).single();
            task.done(screened[0] + " registrations screened; " + hits + " hits on all lists so far", List.of());
            log.info("Screened {} registrations against the reference lists", screened[0]);
        } catch (RuntimeException e) {
            task.failed("Screening stopped: " + e.getMessage() + "; new registrations are still screened on import");
            log.warn("Screening the registrations held failed: {}", e.toString());
        }
    }

    private void screen(Screener current, Registration registration) {
        Person person = registration.person();
        if (person == null) {
            return;
        }
        String name = ((person.givenName() == null ? "" : person.givenName()) + " "
                + (person.familyName() == null ? "" : person.familyName())).strip();
        if (name.isEmpty()) {
            return;
        }
        for (Screener.Match match : current.screen(name, BirthYears.gregorian(person.birthYear()), Screener.DEFAULT_THRESHOLD)) {
            boolean exists = jdbc.sql("select count(*) from screening_hit where registration_id = ? and entity = ?")
                    .params(registration.id(), match.entity()).query(Long.class).single() > 0;
            if (!exists) {
                jdbc.sql("insert into screening_hit (registration_id, entity, score, reasons) values (?, ?, ?, ?)")
                        .params(registration.id(), match.entity(), match.score(), String.join("\n", match.reasons())).update();
            }
        }
    }

    private synchronized Screener screener() {
        if (screener == null) {
            List<ReferenceEntity> entities = new ArrayList<>();
            jdbc.sql("select name, content from reference_list order by id").query(row -> {
                try {
                    entities.addAll(parse(row.getString("name"), row.getBytes("content"), problem -> { }));
                } catch (IOException e) {
                    log.warn("Reference list {} cannot be read: {}", row.getString("name"), e.getMessage());
                }
            });
            screener = new Screener(entities);
        }
        return screener;
    }

    /** Reads a list as uploaded, in memory, under the name it was uploaded with (which hits and problems quote). */
    private static List<ReferenceEntity> parse(String name, byte[] content, Consumer<String> problems) throws IOException {
        return ReferenceLists.read(name, new ByteArrayInputStream(content), problems);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** A list just uploaded: how many persons it held and the lines that could not be read. */
    public record Uploaded(String name, int persons, List<String> problems) {
    }

    public record ListSummary(String name, Instant uploadedAt, String uploadedBy, int persons) {
    }

    /** A reference entity a registration's name matches, how well and why. */
    public record Hit(String entity, double score, List<String> reasons) {

        static final String MASK = "•••••";

        /**
         * The hit as shown while identity fields are masked: that a listed person matches, how well
         * and from which list, but not the listed name, the quoted name or the listed position,
         * which would show the masked name as plainly as the name field itself.
         */
        public Hit masked() {
            List<String> kept = new ArrayList<>();
            for (String reason : reasons) {
                int matches = reason.indexOf("\" matches ");
                if (reason.startsWith("name \"") && matches > 0) {
                    kept.add("name" + reason.substring(matches + 1));
                } else if (!reason.startsWith("listed as:") && !reason.contains("\"")) {
                    kept.add(reason);
                }
            }
            return new Hit(MASK, score, kept);
        }
    }
}
