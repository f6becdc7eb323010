package org.safepassage.intake.system;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Random row keys for the tables that hold submitters' threads, envelopes and replies: the embedded
 * database stores rows in row-key order, so a counter would show a seized file the order of arrival.
 */
@Component
public class RowKeys {

    private final SecureRandom random;

    public RowKeys(SecureRandom random) {
        this.random = random;
    }

    /** A random positive 63-bit key. */
    public long next() {
        return random.nextLong() >>> 1;
    }
}
