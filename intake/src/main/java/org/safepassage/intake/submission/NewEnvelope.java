package org.safepassage.intake.submission;

import org.safepassage.core.batch.EnvelopeKind;

/** A sealed envelope about to be stored: only ciphertext and what routes it. */
public record NewEnvelope(String id, EnvelopeKind kind, byte[] sealed) {
}
