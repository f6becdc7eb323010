package org.safepassage.desk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.support.StaffClient;

/**
 * Long work as an admin sees it: a batch uploaded on the Batches page and a reference list on its
 * page show their progress and how they ended; a bad list says which line and what is wrong, under
 * the name it was uploaded with; nothing of a refused list is stored.
 */
class LongWorkPagesTest {

    @TempDir
    Path dir;

    private RunningDesk desk;
    private StaffClient root;

    @BeforeEach
    void startDesk() throws Exception {
        desk = new RunningDesk(dir, TestDatabase.H2);
        root = desk.signIn("root", desk.createStaff("root", Role.ADMIN, "triage"));
    }

    @AfterEach
    void stopDesk() {
        desk.close();
    }

    private Item registration(String given, String family) {
        return IntakeBatches.sealedRegistration(IntakeBatches.registration("r-" + UUID.randomUUID().toString().replace("-", ""),
                given, family, "synthetic", List.of()), Submitter.next(), desk.identity().recipient());
    }

    private Document upload(String name, String content) throws Exception {
        return Jsoup.parse(root.upload("/admin/references", "/admin/references", "list", name,
                content.getBytes(StandardCharsets.UTF_8)).body());
    }

    private long lists() {
        return desk.jdbc().sql("select count(*) from reference_list").query(Long.class).single();
    }

    @Test
    void aBatchUploadedOnThePageIsImportedAndThePageSaysHowTheImportAndTheVettingRunEnded() throws Exception {
        List<Item> items = List.of(registration("Arash", "Kamali"), registration("Leila", "Sadeghi"));
        Path batch = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), items);
        List<Task.View> seen = new ArrayList<>();
        desk.bean(LongWork.class).observe(seen::add);

        Document page = Jsoup.parse(root.upload("/admin/transfers", "/admin/transfers/import", "batch", "batch.zip",
                Files.readAllBytes(batch)).body());

        assertThat(page.select(".notice").text()).contains("2 registrations", "stored");
        assertThat(page.select("#long-work").text()).contains("Import", "Vetting run", "2 registrations assessed");
        assertThat(seen).as("the import went through its phases")
                .anyMatch(v -> v.kind() == Task.Kind.IMPORT && v.phase().startsWith("opening and storing") && v.total() == 2)
                .anyMatch(v -> v.kind() == Task.Kind.IMPORT && !v.running() && !v.failed());
        assertThat(Files.list(dir.resolve("desk-data/incoming"))).as("the uploaded file is gone").isEmpty();
    }

    @Test
    void aReferenceListIsScreenedWithProgressAndItsHitsNameTheFileAsUploaded() throws Exception {
        List<Item> items = List.of(registration("Mehdi", "Ghasemi"), registration("Sara", "Nikpour"));
        Path batch = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), items);
        desk.bean(org.safepassage.desk.transfer.BatchImport.class).importBatch(batch, "test");

        Document uploaded = upload("synthetic-sanctions.csv", "id,name,birth_date\nsyn-1,Mehdi Ghasemi,1978-05-01\nsyn-2,,1970\n");

        assertThat(uploaded.select(".notice").text()).contains("synthetic-sanctions.csv: 1 persons stored", "1 lines were left out");
        assertThat(uploaded.select("#line-problems").text()).isEqualTo("synthetic-sanctions.csv line 2: no name");
        Document done = waitForScreening();
        assertThat(done.select("#long-work").text()).contains("Screening", "synthetic-sanctions.csv", "2 registrations screened");
        String reasons = desk.jdbc().sql("select reasons from screening_hit").query(String.class).single();
        assertThat(reasons).contains("synthetic-sanctions.csv").doesNotContain("reference-");
    }

    @Test
    void aListThatCannotBeReadSaysWhereAndWhyAndNothingIsStored() throws Exception {
        String unclosed = upload("broken.csv", "id,name\nsyn-1,Mehdi Ghasemi\nsyn-2,\"Sara Nikpour\nsyn-3,Ali Karimi\n")
                .select(".problem").text();
        assertThat(unclosed).contains("List refused, nothing stored", "broken.csv", "line");

        byte[] latin1 = "id,name\nsyn-1,Jos\u00e9 Garc\u00eda\n".getBytes(StandardCharsets.ISO_8859_1);
        String encoding = Jsoup.parse(root.upload("/admin/references", "/admin/references", "list", "latin1.csv", latin1).body())
                .select(".problem").text();
        assertThat(encoding).contains("latin1.csv is not UTF-8 text");

        String noPersons = upload("nobody.jsonl", "{\"schema\": \"Company\", \"id\": \"c1\"}\nnot json at all\n")
                .select(".problem").text();
        assertThat(noPersons).contains("no person entities in nobody.jsonl", "line 2");
        assertThat(lists()).isZero();
    }

    private Document waitForScreening() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Document page = root.page("/admin/references");
            if (!page.select("#long-work .progress.ended").isEmpty() || System.nanoTime() > deadline) {
                return page;
            }
            Thread.sleep(200);
        }
    }
}
