package org.safepassage.core.receipt;

/** A typed receipt broke a format rule; the message names the rule and never echoes the input. */
public class InvalidReceiptException extends IllegalArgumentException {

    public InvalidReceiptException(String rule) {
        super(rule);
    }
}
