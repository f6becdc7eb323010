package org.safepassage.core.batch;

import java.io.IOException;

/** A batch broke a rule of the format (signature, hash, size, name); the whole batch is refused. */
public class BatchRejectedException extends IOException {

    public BatchRejectedException(String rule) {
        super(rule);
    }

    public BatchRejectedException(String rule, Throwable cause) {
        super(rule, cause);
    }
}
