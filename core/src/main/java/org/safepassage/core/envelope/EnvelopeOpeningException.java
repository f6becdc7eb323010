package org.safepassage.core.envelope;

import java.io.IOException;

/** An envelope could not be opened: not age, not for any identity held here, or damaged. */
public class EnvelopeOpeningException extends IOException {

    public EnvelopeOpeningException(String reason) {
        super(reason);
    }

    public EnvelopeOpeningException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
