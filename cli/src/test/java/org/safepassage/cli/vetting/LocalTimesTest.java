package org.safepassage.cli.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;

/**
 * A partner's list exported from a database's date-and-time column writes local times. {@code vet}
 * skips such lines saying what to add, reads them at the zone the operator gives, and refuses a
 * zone it cannot know.
 */
class LocalTimesTest {

    @TempDir
    Path dir;

    @Test
    void vetReadsLocalTimesAtTheZoneGivenAndOtherwiseSaysWhatToAdd() throws Exception {
        Path list = Files.writeString(dir.resolve("partner.jsonl"), String.join("\n",
                "{\"schema\": \"safepassage.registration/1\", \"id\": \"p-1\", \"receivedAt\": \"2026-03-01 13:30:00\", \"channel\": "
                        + "\"import\", \"language\": \"fa\", \"person\": {\"givenName\": \"Arash\", \"familyName\": \"Synthetic\"}, "
                        + "\"service\": {\"organization\": \"ARTESH\"}, \"urgency\": \"high\"}",
                "{\"schema\": \"safepassage.registration/1\", \"id\": \"p-2\", \"receivedAt\": \"2026-03-01T10:00:00Z\", \"channel\": "
                        + "\"import\", \"language\": \"fa\", \"service\": {\"organization\": \"BASIJ\"}, \"urgency\": \"low\"}") + "\n");

        CommandRun without = CommandRun.of("vet", list.toString(), "--out", dir.resolve("without").toString());
        CommandRun atTehran = CommandRun.of("vet", list.toString(), "--out", dir.resolve("tehran").toString(),
                "--local-times-at", "Asia/Tehran");
        CommandRun atOffset = CommandRun.of("vet", list.toString(), "--out", dir.resolve("offset").toString(),
                "--local-times-at", "+03:30");
        CommandRun nowhere = CommandRun.of("vet", list.toString(), "--out", dir.resolve("nowhere").toString(),
                "--local-times-at", "Tehran");

        assertThat(without.out()).contains("Vetted 1 registrations (1 lines skipped)")
                .contains("receivedAt: has no time zone: add Z if the time is at UTC").contains("(--local-times-at)");
        assertThat(atTehran.out()).contains("Vetted 2 registrations (0 lines skipped)");
        assertThat(atOffset.out()).contains("Vetted 2 registrations (0 lines skipped)");
        assertThat(Files.readString(dir.resolve("tehran").resolve("unread.jsonl"))).isEmpty();
        assertThat(nowhere.exit()).isNotZero();
        assertThat(nowhere.err()).contains("'Tehran' is no time zone: give a region such as Asia/Tehran, UTC, or an offset such as +03:30");
    }
}
