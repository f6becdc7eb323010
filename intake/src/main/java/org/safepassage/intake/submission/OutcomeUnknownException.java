package org.safepassage.intake.submission;

/**
 * A submission was handed to the database but its commit was not confirmed in time (the database
 * stopped answering): it may be stored or not. Never reported as "nothing was stored"; the same
 * form sent again is recognised and stored at most once.
 */
public class OutcomeUnknownException extends RuntimeException {

    public OutcomeUnknownException(String message) {
        super(message);
    }
}
