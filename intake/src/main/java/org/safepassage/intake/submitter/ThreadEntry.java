package org.safepassage.intake.submitter;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.message.SubmitterStatus;

/**
 * One message of a submitter's thread as their page shows it: a reply from the team (with the status
 * it set) or the submitter's own message (with the names of the files it brought). {@code replyId}:
 * a reply's id, which the submitter's next follow-up names as seen.
 */
public record ThreadEntry(boolean fromSubmitter, String replyId, String message, SubmitterStatus status, Instant sentAt,
                          List<String> files) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ThreadEntry {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
