package org.safepassage.intake.submitter;

import org.safepassage.intake.submission.ReplyStore;
import java.time.Duration;
import java.time.Instant;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.HourClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replies do not wait for ever: one older than the retention ({@code --reply-retention}, 90 days by
 * default) is deleted for good, at start and every hour. A seized intake holds only the replies of
 * that window; a submitter who returns later finds the thread, and no reply, and can write again.
 */
@Component
public class ReplyExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReplyExpiry.class);

    private final ReplyStore replies;
    private final HourClock clock;
    private final Duration retention;

    public ReplyExpiry(ReplyStore replies, HourClock clock, IntakeSettings settings) {
        this.replies = replies;
        this.clock = clock;
        this.retention = settings.replyRetention();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    public void expire() {
        expireAsOf(clock.currentHour());
    }

    /** Deletes the replies that arrived more than the retention before {@code now}; returns how many. */
    public int expireAsOf(Instant now) {
        int deleted = replies.deleteReceivedBefore(now.minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} replies older than {} days", deleted, retention.toDays());
        }
        return deleted;
    }
}
