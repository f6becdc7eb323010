package org.safepassage.intake.submission;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.safepassage.core.batch.EnvelopeKind;
import org.springframework.stereotype.Component;

/** Random envelope ids (128 bits): they reveal neither order nor time of arrival. */
@Component
public class EnvelopeIds {

    private final SecureRandom random;

    public EnvelopeIds(SecureRandom random) {
        this.random = random;
    }

    public String next(EnvelopeKind kind) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return prefix(kind) + "-" + HexFormat.of().formatHex(bytes);
    }

    private static char prefix(EnvelopeKind kind) {
        return switch (kind) {
            case REGISTRATION -> 'r';
            case PACKET -> 'p';
            case FOLLOWUP -> 'f';
            case ATTACHMENT -> 'a';
            case REPLY -> 'm';
            case ACK -> 'k';
        };
    }
}
