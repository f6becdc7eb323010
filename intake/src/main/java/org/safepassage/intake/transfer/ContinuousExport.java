package org.safepassage.intake.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.HourClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A serving intake exports on its own, while it serves: every {@code export-every} (10 minutes by
 * default), and within seconds of a request (the file {@value #REQUEST} in the outbox, which
 * {@code intake export} writes when it finds the intake running), it writes signed batches of what
 * waits into the outbox, as many as the backlog needs. A batch appears under its final name only
 * when complete. After a request it writes {@value #DONE}: the batches written, one name a line.
 */
@Component
@ConditionalOnWebApplication
public class ContinuousExport {

    public static final String REQUEST = "export-now";
    public static final String DONE = "export-now.done";
    private static final Logger log = LoggerFactory.getLogger(ContinuousExport.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    private final BatchExport export;
    private final HourClock clock;
    private final SecureRandom random;
    private final Path outbox;
    private final long everyNanos;
    private long lastExport = System.nanoTime();

    public ContinuousExport(BatchExport export, HourClock clock, SecureRandom random, IntakeSettings settings) {
        this.export = export;
        this.clock = clock;
        this.random = random;
        this.outbox = settings.outboxDir();
        this.everyNanos = settings.exportEvery().toNanos();
    }

    @Scheduled(fixedDelayString = "${safepassage.intake.export-poll:PT2S}", initialDelayString = "${safepassage.intake.export-poll:PT2S}")
    void tick() {
        Path request = outbox.resolve(REQUEST);
        boolean requested = Files.exists(request);
        boolean due = everyNanos > 0 && System.nanoTime() - lastExport >= everyNanos;
        if (!requested && !due) {
            return;
        }
        try {
            List<String> written = exportAll();
            if (requested) {
                Files.deleteIfExists(request);
                Path done = outbox.resolve(DONE + ".partial");
                Files.write(done, written);
                Files.move(done, outbox.resolve(DONE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // the envelopes stay unclaimed and wait for the next round; no submission detail is in the message
            log.error("Export into {} failed; the envelopes wait for the next one: {}", outbox, e.getMessage());
        }
    }

    /** Exports until nothing waits; returns the file names written. */
    public List<String> exportAll() throws IOException {
        Files.createDirectories(outbox);
        List<String> written = new ArrayList<>();
        BatchExport.Result result;
        do {
            byte[] suffix = new byte[4];
            random.nextBytes(suffix);
            String name = "intake-" + HOUR.format(clock.currentHour()) + "-" + HexFormat.of().formatHex(suffix) + ".zip";
            result = export.export(outbox.resolve(name));
            if (result.envelopes() > 0) {
                written.add(name);
                log.info("Exported {} envelopes as batch {} to {}", result.envelopes(), result.batchId(), outbox.resolve(name));
            }
        } while (result.envelopes() >= BatchExport.MAX_PER_BATCH);
        lastExport = System.nanoTime();
        return written;
    }
}
