package org.safepassage.desk.casework;

/** An action the case rules refuse; the message says why, in words for the person who tried. */
public class CaseRuleException extends RuntimeException {

    public CaseRuleException(String message) {
        super(message);
    }
}
