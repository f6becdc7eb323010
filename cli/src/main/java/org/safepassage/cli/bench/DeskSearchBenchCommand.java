package org.safepassage.cli.bench;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.search.SearchIndex;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.StaffAccounts;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.system.TriageTeam;
import org.safepassage.desk.vetting.RegistrationAssessments;
import org.safepassage.vetting.generate.Generator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A desk holding {@code --registrations} generated registrations (invented people, in both scripts,
 * with the generator's spelling noise and planted campaigns), vetted as an import would, and some
 * of them on cases; then searches of the triage queue and the case list, timed end to end over HTTP
 * as a signed-in analyst's browser asks for them (page rendered, masked searches audited).
 */
@Command(name = "desk-search", mixinStandardHelpOptions = true,
        description = "Time searches of the desk's triage queue and case list over HTTP with many registrations held.")
public final class DeskSearchBenchCommand implements Callable<Integer> {

    private static final String PASSWORD = "bench-password-not-secret";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FOUND = Pattern.compile("id=\"found-count\"[^>]*>\\s*([0-9,]+)");

    @Option(names = "--registrations", defaultValue = "100000", description = "Registrations held (default ${DEFAULT-VALUE}).")
    int registrations;

    @Option(names = "--cases", defaultValue = "2000", description = "Of them, how many are on a case each (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--repeat", defaultValue = "20", description = "Timed requests per search (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--database-url", description = "A JDBC URL (e.g. PostgreSQL) instead of embedded H2 in a temporary folder.")
    String databaseUrl;

    @Option(names = "--database-user", description = "Its user.")
    String databaseUser;

    @Option(names = "--database-password", description = "Its password.")
    String databasePassword;

    @Option(names = "--skip-vetting", description = "Do not run the vetting engine over everything first (the queue is then "
            + "ordered by age only).")
    boolean skipVetting;

    @Option(names = "--keep", description = "Keep the desk's folder (and embedded database) afterwards, to look into.")
    boolean keep;

    @Option(names = "--settle", defaultValue = "0", description = "Seconds to wait at most, after the searches, for the "
            + "desk's storage upkeep to give back what the fill left, then print the storage again (embedded H2 only; "
            + "90 is enough; default ${DEFAULT-VALUE}).")
    int settleSeconds;

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("safepassage-desk-bench");
        ConfigurableApplicationContext desk = null;
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            desk = DeskApplication.start(properties(root, port), true);
            List<Registration> held = fill(desk);
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            HttpClient http = signIn(desk, base);
            List<Search> searches = searches(held, desk);
            System.out.printf("%nDesk search bench: %,d registrations (%,d on cases), %s, %d timed requests each "
                            + "(after 3 untimed), one analyst's browser over HTTP on localhost%n", held.size(), cases,
                    databaseUrl == null ? "embedded H2" : databaseUrl.replaceFirst("\\?.*", ""), repeat);
            System.out.printf("%-52s %9s %9s %9s %9s%n", "search", "matches", "p50 ms", "p95 ms", "max ms");
            double worstMedian = 0;
            for (Search search : searches) {
                long[] nanos = new long[repeat];
                String matches = "?";
                for (int i = -3; i < repeat; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(search.path())).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(search.path() + " answered " + response.statusCode());
                    }
                    if (i >= 0) {
                        nanos[i] = took;
                    }
                    Matcher found = FOUND.matcher(response.body());
                    matches = found.find() ? found.group(1) : "—";
                }
                LatencySummary summary = new LatencySummary(nanos, 0, 0);
                worstMedian = Math.max(worstMedian, summary.percentileMillis(50));
                System.out.printf("%-52s %9s %9.1f %9.1f %9.1f%n", search.label(), matches, summary.percentileMillis(50),
                        summary.percentileMillis(95), summary.percentileMillis(100));
            }
            System.out.printf("slowest median: %.1f ms%n", worstMedian);
            printStorage("right after the fill and the searches", storedBytes(desk, root.resolve("desk-data")), held);
            if (databaseUrl == null && settleSeconds > 0) {
                ConfigurableApplicationContext running = desk;
                long waited = UpkeepSettle.waitFor(() -> storedBytes(running, root.resolve("desk-data")), settleSeconds);
                printStorage(String.format("after the desk's upkeep (%d s later)", waited),
                        storedBytes(desk, root.resolve("desk-data")), held);
            }
        } finally {
            if (desk != null) {
                desk.close();
            }
            if (keep) {
                System.out.println("kept: " + root);
                return 0;
            }
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    /**
     * What the desk's database takes per registration it holds (with its search keys, assessments and
     * links), against the registration document itself: the embedded H2 file after a checkpoint, or
     * the PostgreSQL database's size.
     */
    private void printStorage(String when, long stored, List<Registration> held) {
        long documents = held.stream().mapToLong(registration -> registration.toJsonBytes().length).sum();
        System.out.printf("Storage %s: %,d registrations, documents of %,d bytes each on average; %s %,d bytes: %,d per "
                        + "registration, %.2f × its document%n", when, held.size(), documents / Math.max(1, held.size()),
                databaseUrl == null ? "H2 file" : "PostgreSQL database", stored, stored / Math.max(1, held.size()),
                (double) stored / Math.max(1, documents));
    }

    private long storedBytes(ConfigurableApplicationContext desk, Path data) throws Exception {
        JdbcClient jdbc = desk.getBean(JdbcClient.class);
        if (databaseUrl != null) {
            return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
        }
        jdbc.sql("checkpoint sync").update();
        try (var files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private Map<String, Object> properties(Path root, int port) throws Exception {
        Path data = Files.createDirectories(root.resolve("desk-data"));
        AgeIdentity.generateHybrid().write(root.resolve("desk-identity.age"));
        SigningKey.generate().verifyingKey().write(root.resolve("intake-sign.pub"));
        SigningKey.generate().write(data.resolve("desk-sign.key"), data.resolve("desk-sign.pub"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.desk.data-dir", data.toString());
        properties.put("safepassage.desk.identity", root.resolve("desk-identity.age").toString());
        properties.put("safepassage.desk.intake-signing-key", root.resolve("intake-sign.pub").toString());
        properties.put("spring.datasource.url", databaseUrl != null ? databaseUrl : DeskApplication.embeddedDatabaseUrl(data));
        if (databaseUser != null) {
            properties.put("spring.datasource.username", databaseUser);
        }
        if (databasePassword != null) {
            properties.put("spring.datasource.password", databasePassword);
        }
        properties.put("server.port", port);
        properties.put("server.address", "127.0.0.1");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.safepassage.desk.system.StorageUpkeep", "INFO");
        return properties;
    }

    /** Stores the generated registrations as an import would (threads, search keys, vetting), and opens the cases. */
    private List<Registration> fill(ConfigurableApplicationContext desk) {
        SecureRandom random = new SecureRandom();
        List<Registration> made = new ArrayList<>(registrations);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (Generator.Generated generated : new Generator(20261201L).generate(registrations)) {
            if (made.size() == registrations) {
                break;
            }
            byte[] id = new byte[16];
            random.nextBytes(id);
            made.add(generated.registration().received("r-" + HexFormat.of().formatHex(id),
                    now.minus(random.nextInt(24 * 90), ChronoUnit.HOURS), List.of()));
        }
        RegistrationStore store = desk.getBean(RegistrationStore.class);
        SearchIndex index = desk.getBean(SearchIndex.class);
        TransactionTemplate transaction = desk.getBean(TransactionTemplate.class);
        long team = desk.getBean(TriageTeam.class).id();
        try (ProgressBar progress = new ProgressBar("registrations stored", made.size())) {
            for (int from = 0; from < made.size(); from += 2000) {
                List<Registration> chunk = made.subList(from, Math.min(made.size(), from + 2000));
                transaction.executeWithoutResult(status -> {
                    for (Registration registration : chunk) {
                        byte[] tag = new byte[32];
                        random.nextBytes(tag);
                        String thread = HexFormat.of().formatHex(tag);
                        store.upsertThread(thread, null);
                        store.insert(registration, thread, team, "bench", new String(registration.toJsonBytes(),
                                StandardCharsets.UTF_8), now);
                    }
                });
                index.index(chunk);
                progress.stepBy(chunk.size());
            }
        }
        if (!skipVetting) {
            long start = System.nanoTime();
            desk.getBean(RegistrationAssessments.class).assessAll();
            System.out.printf("vetting run over %,d registrations: %.1f s%n", made.size(), (System.nanoTime() - start) / 1e9);
        }
        JdbcClient jdbc = desk.getBean(JdbcClient.class);
        for (int i = 0; i < Math.min(cases, made.size()); i++) {
            String registrationId = made.get(made.size() - 1 - i).id();
            jdbc.sql("insert into case_file (team_id, state, submitter_status, created_at, updated_at) values "
                    + "(?, 'TRIAGED', 'under_review', current_timestamp, current_timestamp)").param(team).update();
            long caseId = jdbc.sql("select max(id) from case_file").query(Long.class).single();
            jdbc.sql("update registration set case_id = ? where id = ?").params(caseId, registrationId).update();
        }
        return made;
    }

    private static HttpClient signIn(ConfigurableApplicationContext desk, URI base) throws Exception {
        String team = desk.getBean(StaffDirectory.class).team(desk.getBean(TriageTeam.class).id()).orElseThrow().name();
        desk.getBean(StaffAccounts.class).create("bench", PASSWORD.toCharArray(), Role.ANALYST, team, false, "bench");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = "username=bench&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&code=&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().equals("/login")) {
            throw new IllegalStateException("the bench analyst could not sign in");
        }
        return http;
    }

    private record Search(String label, String path) {
    }

    /** What a case officer types: ids someone mentions, names in both scripts (with and without ZWNJ), filters. */
    private static List<Search> searches(List<Registration> held, ConfigurableApplicationContext desk) {
        Registration persian = held.stream().filter(r -> named(r) && r.person().familyName().contains("\u200c")).findFirst()
                .orElse(held.stream().filter(r -> named(r) && isPersian(r.person().familyName())).findFirst().orElseThrow());
        Registration latin = held.stream().filter(r -> named(r) && !isPersian(r.person().familyName())).findFirst().orElseThrow();
        Registration withId = held.stream().filter(r -> r.person() != null && r.person().nationalId() != null).findFirst()
                .orElse(held.get(0));
        String thread = desk.getBean(JdbcClient.class).sql("select thread_tag from registration where id = ?")
                .param(held.get(held.size() / 2).id()).query(String.class).single();
        String family = persian.person().familyName();
        String fullName = persian.person().givenName() + " " + family;
        List<Search> searches = new ArrayList<>();
        searches.add(new Search("queue, first page", "/queue"));
        searches.add(new Search("queue, page 500", "/queue?page=500"));
        searches.add(new Search("queue: registration id, first 10 characters", "/queue?q=" + held.get(held.size() / 3).id().substring(0, 10)));
        searches.add(new Search("queue: thread handle (8 hex)", "/queue?q=" + thread.substring(0, 8)));
        searches.add(new Search("queue: Persian family name as written", "/queue?q=" + q(family)));
        searches.add(new Search("queue: same, without ZWNJ", "/queue?q=" + q(family.replace("\u200c", ""))));
        searches.add(new Search("queue: same, with a space for the ZWNJ", "/queue?q=" + q(family.replace("\u200c", " "))));
        searches.add(new Search("queue: Persian full name", "/queue?q=" + q(fullName)));
        searches.add(new Search("queue: Latin family name", "/queue?q=" + q(latin.person().familyName())));
        searches.add(new Search("queue: a common given name (علی)", "/queue?q=" + q("علی")));
        searches.add(new Search("queue: national ID", "/queue?q=" + q(withId.person() == null || withId.person().nationalId() == null
                ? "0012345679" : withId.person().nationalId())));
        searches.add(new Search("queue: organisation IRGC, urgency high, high risk", "/queue?organisation=IRGC&urgency=high&risk=high"));
        searches.add(new Search("queue: unit contains 27", "/queue?unit=27"));
        searches.add(new Search("queue: in a campaign", "/queue?campaign=any"));
        searches.add(new Search("cases: Persian family name", "/cases?q=" + q(family)));
        searches.add(new Search("cases: assigned to nobody, state Triaged", "/cases?assignee=nobody&state=TRIAGED"));
        return searches;
    }

    private static boolean named(Registration registration) {
        Person person = registration.person();
        return person != null && person.familyName() != null && person.givenName() != null;
    }

    private static boolean isPersian(String text) {
        return text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
