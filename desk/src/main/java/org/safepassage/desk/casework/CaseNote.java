package org.safepassage.desk.casework;

import java.time.Instant;

/** A note by staff on a case. */
public record CaseNote(long id, String author, Instant writtenAt, String body) {
}
