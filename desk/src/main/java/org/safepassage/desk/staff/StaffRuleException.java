package org.safepassage.desk.staff;

/** A staff administration step refused by a rule, with words that say which. Nothing was changed. */
public class StaffRuleException extends RuntimeException {

    public StaffRuleException(String message) {
        super(message);
    }
}
