package org.safepassage.intake.submission;

/** The intake cannot take a submission now (too many at once, or storage full); nothing was stored. */
public class IntakeBusyException extends RuntimeException {

    public IntakeBusyException(String reason) {
        super(reason, null, false, false);
    }
}
